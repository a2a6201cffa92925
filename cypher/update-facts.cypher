// Writes the merged properties of facts found by start node, type and fact key (see read-fact-claims.cypher).
UNWIND $facts AS f
MATCH (a:Node {id: f.from})-[r:$(f.type) {factKey: f.factKey}]->()
SET r += f.properties
RETURN count(r) AS updated
