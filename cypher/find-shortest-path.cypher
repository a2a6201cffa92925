// One shortest path between two nodes, at most $maxHops relationships long,
// over the allowed relationship types and in the asked direction ($types: the fact types, never the mention relationship).
// One branch per direction, so that the planner expands only the relationships that can match.
// shortestPath() searches from both ends at once and checks the type of each relationship as it
// expands it; the length is checked after (a path predicate inside the search would make the planner
// add an exhaustive fallback), which gives the same answer since no path is shorter than the shortest.
MATCH (a:Node {id: $from}), (b:Node {id: $to})
CALL (a, b) {
  WITH a, b WHERE $direction = 'OUTGOING'
  MATCH p = shortestPath((a)-[*..10]->(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $types)
  RETURN p
  UNION
  WITH a, b WHERE $direction = 'INCOMING'
  MATCH p = shortestPath((a)<-[*..10]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $types)
  RETURN p
  UNION
  WITH a, b WHERE $direction = 'BOTH'
  MATCH p = shortestPath((a)-[*..10]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $types)
  RETURN p
}
WITH p WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | {label: [l IN labels(n) WHERE l <> 'Node'][0], properties: properties(n)}] AS nodes,
       [rel IN relationships(p) | {type: type(rel), properties: properties(rel), source: startNode(rel).id, target: endNode(rel).id}] AS relationships
