// What each document says about each of some entities, in document order, so the entity can be
// rebuilt from all its sources; with the entity's labels and each stating document's dates
// $documentKeys (flattened date parts, in that order), which the history of a property that changes
// over time is worked out from (see src/model/property-history.ts).
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE NOT n:Document
OPTIONAL MATCH (n)-[m:$($mention)]->(d)
WITH id, n, m, d ORDER BY m.documentId
RETURN id, labels(n) AS labels, collect(m {.documentId, .properties, .aliases, .nameKeys, document: [key IN $documentKeys | d[key]]}) AS mentions
