// How many nodes and relationships the graph holds: entities and documents, not the conflicts kept beside them.
CALL () { MATCH (n:Node) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
