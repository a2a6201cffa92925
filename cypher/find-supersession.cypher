// The facts of one single-valued group (start node $from, type $type) that supersede or are
// superseded by the fact $id: the one $supersededBy names, and those that name $id as the first or
// a later fact superseding them (see src/ingest/plan-disputes.ts).
MATCH (a:Node {id: $from})-[r:$($type)]->(b)
WHERE r.id = $supersededBy OR r.supersededBy = $id OR $id IN coalesce(r.supersedingIds, [])
RETURN type(r) AS type, properties(r) AS properties, a.id AS source, b.id AS target
ORDER BY r.validFrom_start, r.id
