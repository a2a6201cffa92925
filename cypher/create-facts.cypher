// Creates the relationships a document states, each carrying its provenance properties.
UNWIND $relationships AS r
MATCH (a:Node {id: r.from})
MATCH (b:Node {id: r.to})
CREATE (a)-[x:$(r.type)]->(b)
SET x = r.properties
RETURN count(x) AS relationships
