// What each document states of the nodes $ids that are of one of $labels (those with a property
// declared to have one value or a history, see PropertySpec), with each mention's quote and the
// stating document's dates $documentKeys (flattened date parts, in that order), in document order:
// the planner compares the values the documents give (see src/ingest/plan-disputes.ts).
UNWIND $ids AS id
MATCH (n:Node {id: id})-[m:$($mention)]->(d)
WITH n, m, d ORDER BY m.documentId
WITH n, collect(m {.documentId, .properties, .quote, .start, .end, document: [key IN $documentKeys | d[key]]}) AS mentions
WITH n, mentions, [label IN labels(n) WHERE label IN $labels] AS declared
WHERE size(declared) > 0
RETURN n.id AS id, declared[0] AS label, mentions
