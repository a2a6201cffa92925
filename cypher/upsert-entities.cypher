// Creates or updates each entity of a document and records where the document mentions it.
MATCH (d:Document {id: $documentId})
UNWIND $entities AS e
MERGE (n:Node {id: e.id})
SET n:$(e.label)
SET n += e.properties
CREATE (n)-[m:$($mention)]->(d)
SET m = e.mention
RETURN count(n) AS entities
