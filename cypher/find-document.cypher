// A document by id, with how many facts and entities it supports.
MATCH (d:Document {id: $documentId})
OPTIONAL MATCH (d)<-[:MENTIONED_IN]-(n)
RETURN d.id AS id, d.title AS title, count(n) AS entities
