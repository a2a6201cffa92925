// What each document says about each of some entities, in document order, so the entity can be
// rebuilt from all its sources.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE NOT n:Document
OPTIONAL MATCH (n)-[m:MENTIONED_IN]->()
WITH id, m ORDER BY m.documentId
RETURN id, collect(m {.documentId, .properties, .aliases, .nameKeys}) AS mentions
