// The dated things around an entity: itself, its neighbors through facts ($factTypes), and the
// events about the things it is linked to; each with the relationship that links it, if any.
MATCH (e:Node {id: $id})
CALL (e) {
  RETURN e AS n, null AS r
  UNION
  MATCH (e)-[r]-(n)
  WHERE type(r) IN $factTypes
  RETURN n, r
  UNION
  MATCH (e)-[link]-()<-[r:CONCERNS]-(n:Event)
  WHERE type(link) IN $factTypes
  RETURN n, r
}
RETURN {label: [l IN labels(n) WHERE l <> 'Node'][0], properties: properties(n)} AS node,
       CASE WHEN r IS NULL THEN null
            ELSE {type: type(r), properties: properties(r), source: startNode(r).id, target: endNode(r).id} END AS via
