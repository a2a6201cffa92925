MATCH (d:Document {id: $documentId})
SET d = $properties
RETURN d.id AS id
