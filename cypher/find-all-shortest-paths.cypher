// Every shortest path between two nodes, at most $maxHops relationships long,
// over the allowed relationship types and in the asked direction ($types: the fact types, never the mention relationship).
// One branch per direction, so that the planner expands only the relationships that can match.
MATCH (a:Node {id: $from}), (b:Node {id: $to})
CALL (a, b) {
  WITH a, b WHERE $direction = 'OUTGOING'
  MATCH p = ALL SHORTEST (a)-[r WHERE type(r) IN $types]->{1,10}(b)
  WHERE length(p) <= $maxHops
  RETURN p
  UNION
  WITH a, b WHERE $direction = 'INCOMING'
  MATCH p = ALL SHORTEST (a)<-[r WHERE type(r) IN $types]-{1,10}(b)
  WHERE length(p) <= $maxHops
  RETURN p
  UNION
  WITH a, b WHERE $direction = 'BOTH'
  MATCH p = ALL SHORTEST (a)-[r WHERE type(r) IN $types]-{1,10}(b)
  WHERE length(p) <= $maxHops
  RETURN p
}
RETURN [n IN nodes(p) | {label: [l IN labels(n) WHERE l <> 'Node'][0], properties: properties(n)}] AS nodes,
       [rel IN relationships(p) | {type: type(rel), properties: properties(rel), source: startNode(rel).id, target: endNode(rel).id}] AS relationships
