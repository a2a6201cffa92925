// The relationships of many nodes at once (one round trip per nesting level), optionally narrowed
// to some relationship types ($types, never empty: the caller lists them all when it wants all), a
// direction and the labels of the node at the other end; and, when given, by the fact filter
// ({{factFilter}}, the clauses of fact-filter/ it needs: origin, confidence, as-of, sources, grade). Relationships and nodes are projected to the
// properties $relationshipKeys and $nodeKeys list for their type and label (whole when absent). The
// ends' ids are not read again: the caller knows both, and the direction says which is the source.
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
WHERE CASE WHEN size($labels) = 0 THEN true ELSE any(l IN labels(m) WHERE l IN $labels) END
  AND {{factFilter}}
WITH id, r, m, direction, type(r) AS type, [l IN labels(m) WHERE l <> 'Node'][0] AS label
ORDER BY id, type, m.nameKey, r.id
WITH id, collect({
  relationship: {type: type, direction: direction,
                 properties: CASE WHEN $relationshipKeys[type] IS NULL THEN properties(r) END,
                 keys: $relationshipKeys[type], values: [k IN coalesce($relationshipKeys[type], []) | r[k]]},
  node: {label: label, properties: CASE WHEN $nodeKeys[label] IS NULL THEN properties(m) END,
         keys: $nodeKeys[label], values: [k IN coalesce($nodeKeys[label], []) | m[k]]}
}) AS related
RETURN id, related[0..toInteger($limit)] AS related
