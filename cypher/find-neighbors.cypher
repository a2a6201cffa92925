// One level of a neighborhood: the relationships of the frontier nodes of the given types ($types is
// never empty), optionally only to neighbors with some labels. Nodes come whole (a client cache keeps
// them under their id, so they must read as they do anywhere else); edges with their properties only
// when $withProperties (else just their id).
UNWIND $ids AS id
MATCH (n:Node {id: id})-[r:$any($types)]-(m)
WHERE (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
WITH DISTINCT r, m
ORDER BY m.id, r.id
LIMIT toInteger($limit)
RETURN {type: type(r), properties: CASE WHEN $withProperties THEN properties(r) ELSE {id: r.id} END, source: startNode(r).id, target: endNode(r).id} AS edge,
       {label: [l IN labels(m) WHERE l <> 'Node'][0], properties: properties(m)} AS node
