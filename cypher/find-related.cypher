// The relationships of many nodes at once (one round trip per nesting level), optionally narrowed
// to some relationship types ($types, never empty: the caller lists them all when it wants all), a
// direction and the labels of the node at the other end; and, when given, to facts of one origin
// (CURATED or EXTRACTED) with at least some confidence.
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL (n) {
  MATCH (n)-[r:$any($types)]->(m)
  WHERE $direction IN ['OUTGOING', 'BOTH']
  RETURN r, m, 'OUTGOING' AS direction
  UNION ALL
  MATCH (n)<-[r:$any($types)]-(m)
  WHERE $direction IN ['INCOMING', 'BOTH']
  RETURN r, m, 'INCOMING' AS direction
}
WITH id, r, m, direction
WHERE (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
  AND ($origin IS NULL OR r.origin = $origin)
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
WITH id, r, m, direction
ORDER BY id, type(r), m.nameKey, r.id
WITH id, collect({
  relationship: {type: type(r), direction: direction, properties: properties(r),
                 source: CASE direction WHEN 'OUTGOING' THEN id ELSE m.id END,
                 target: CASE direction WHEN 'OUTGOING' THEN m.id ELSE id END},
  node: {label: [l IN labels(m) WHERE l <> 'Node'][0], properties: properties(m)}
}) AS related
RETURN id, related[0..toInteger($limit)] AS related
