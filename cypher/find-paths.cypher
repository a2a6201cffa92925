// Up to 200 simple paths between two nodes, shortest first, at most $maxHops relationships long,
// over the allowed relationship types and in the asked direction ($types: the fact types, never the mention relationship).
// One branch per direction, so that the planner expands only the relationships that can match.
MATCH (a:Node {id: $from}), (b:Node {id: $to})
CALL (a, b) {
  WITH a, b WHERE $direction = 'OUTGOING'
  MATCH p = SHORTEST 200 (a)-[r WHERE type(r) IN $types]->{1,10}(b)
  WHERE length(p) <= $maxHops
    AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  RETURN p
  UNION
  WITH a, b WHERE $direction = 'INCOMING'
  MATCH p = SHORTEST 200 (a)<-[r WHERE type(r) IN $types]-{1,10}(b)
  WHERE length(p) <= $maxHops
    AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  RETURN p
  UNION
  WITH a, b WHERE $direction = 'BOTH'
  MATCH p = SHORTEST 200 (a)-[r WHERE type(r) IN $types]-{1,10}(b)
  WHERE length(p) <= $maxHops
    AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  RETURN p
}
RETURN [n IN nodes(p) | {label: [l IN labels(n) WHERE l <> 'Node'][0], properties: properties(n)}] AS nodes,
       [rel IN relationships(p) | {type: type(rel), properties: properties(rel), source: startNode(rel).id, target: endNode(rel).id}] AS relationships
ORDER BY size(relationships), [n IN nodes(p) | n.id]
