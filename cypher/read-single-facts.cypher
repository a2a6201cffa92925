// The single-valued facts (types $types, at most one holding at a time) that start at the nodes
// $ids, with what the dispute planner needs: the value they state (the target's name, or the
// caption property) and when they start to hold. See src/ingest/plan-disputes.ts.
UNWIND $ids AS id
MATCH (a:Node {id: id})-[r:$any($types)]->(b)
WHERE r.factKey IS NOT NULL
RETURN type(r) AS type, id AS from, b.id AS to, r.factKey AS factKey, r.id AS id,
       coalesce(r[$captions[type(r)]], b.name) AS value, r.validFrom_start AS validFromStart,
       r.recordedAt AS recordedAt, r.evidence AS evidence
