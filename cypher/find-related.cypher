// The relationships of many nodes at once (one round trip per nesting level), optionally narrowed
// to some relationship types, a direction and the labels of the node at the other end.
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL (n) {
  MATCH (n)-[r]->(m)
  WHERE $direction IN ['OUTGOING', 'BOTH']
  RETURN r, m, 'OUTGOING' AS direction
  UNION ALL
  MATCH (n)<-[r]-(m)
  WHERE $direction IN ['INCOMING', 'BOTH']
  RETURN r, m, 'INCOMING' AS direction
}
WITH id, r, m, direction
WHERE ((size($types) = 0 AND type(r) <> 'MENTIONED_IN') OR type(r) IN $types)
  AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
WITH id, r, m, direction
ORDER BY id, type(r), m.nameKey, r.id
WITH id, collect({
  relationship: {type: type(r), direction: direction, properties: properties(r),
                 source: CASE direction WHEN 'OUTGOING' THEN id ELSE m.id END,
                 target: CASE direction WHEN 'OUTGOING' THEN m.id ELSE id END},
  node: {label: [l IN labels(m) WHERE l <> 'Node'][0], properties: properties(m)}
}) AS related
RETURN id, related[0..toInteger($limit)] AS related
