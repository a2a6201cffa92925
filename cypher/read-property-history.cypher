// What each document states of the nodes $ids (the mention's properties and quote), with the
// stating document's dates $documentKeys (flattened date parts, in that order): the history of a
// property that changes over time is worked out from them (see src/model/property-history.ts).
UNWIND $ids AS id
MATCH (n:Node {id: id})-[m:$($mention)]->(d)
WITH id, m, d ORDER BY m.documentId
RETURN id, collect(m {.documentId, .properties, .quote, .start, .end, document: [key IN $documentKeys | d[key]]}) AS mentions
