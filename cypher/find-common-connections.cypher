// Nodes linked to both a and b through facts of $types, with the relationships that link them to each.
MATCH (a:Node {id: $a})-[ra]-(c)-[rb]-(b:Node {id: $b})
WHERE c <> a AND c <> b AND a <> b
  AND type(ra) IN $types AND type(rb) IN $types
WITH c, collect(DISTINCT ra) AS viaA, collect(DISTINCT rb) AS viaB
ORDER BY size(viaA) + size(viaB) DESC, c.id
LIMIT toInteger($limit)
RETURN {label: [l IN labels(c) WHERE l <> 'Node'][0], properties: properties(c)} AS node,
       [r IN viaA | {type: type(r), properties: properties(r), source: startNode(r).id, target: endNode(r).id}] AS viaA,
       [r IN viaB | {type: type(r), properties: properties(r), source: startNode(r).id, target: endNode(r).id}] AS viaB
