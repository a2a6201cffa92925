// One level of a neighbourhood: the relationships of the frontier nodes, optionally narrowed to some
// types and to neighbours with some labels (MENTIONED_IN never counts).
UNWIND $ids AS id
MATCH (n:Node {id: id})-[r]-(m)
WHERE type(r) <> 'MENTIONED_IN'
  AND (size($types) = 0 OR type(r) IN $types)
  AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
WITH DISTINCT r, m
ORDER BY m.id, r.id
LIMIT toInteger($limit)
RETURN {type: type(r), properties: properties(r), source: startNode(r).id, target: endNode(r).id} AS edge,
       {label: [l IN labels(m) WHERE l <> 'Node'][0], properties: properties(m)} AS node
