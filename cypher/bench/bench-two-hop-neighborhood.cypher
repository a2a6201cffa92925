// Benchmark floor: the distinct nodes and relationships within two hops of a node (at most 200 nodes).
MATCH (s:Node {id: $id})
CALL (s) {
  MATCH (s)-[r1 WHERE type(r1) <> 'MENTIONED_IN']-(n1)
  OPTIONAL MATCH (n1)-[r2 WHERE type(r2) <> 'MENTIONED_IN']-(n2)
  RETURN collect(DISTINCT n1.id) + collect(DISTINCT n2.id) AS ids, collect(DISTINCT r1.id) + collect(DISTINCT r2.id) AS relIds
}
RETURN ids[0..200] AS nodes, relIds[0..1000] AS relationships
