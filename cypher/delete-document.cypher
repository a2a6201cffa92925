// Removes a document node once its facts are cleared (see clear-document-facts.cypher).
MATCH (d:Document {id: $documentId})
DETACH DELETE d
RETURN count(*) AS deleted
