// A document by id, if there is one.
MATCH (d:Document {id: $documentId})
RETURN d.id AS id
