// Replaces each entity's properties with those merged from all the documents that mention it.
UNWIND $entities AS e
MATCH (n:Node {id: e.id})
SET n = e.properties
RETURN count(n) AS replaced
