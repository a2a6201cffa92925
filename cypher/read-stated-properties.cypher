// What each document states of the nodes $ids that are of one of $labels (those with a property
// declared to have one value, see PropertySpec.oneValue), with each mention's quote, in document
// order: the planner compares the values the documents give (see src/ingest/plan-disputes.ts).
UNWIND $ids AS id
MATCH (n:Node {id: id})-[m:$($mention)]->()
WITH n, m ORDER BY m.documentId
WITH n, collect(m {.documentId, .properties, .quote, .start, .end}) AS mentions
WITH n, mentions, [label IN labels(n) WHERE label IN $labels] AS declared
WHERE size(declared) > 0
RETURN n.id AS id, declared[0] AS label, mentions
