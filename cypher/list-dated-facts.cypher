// One page of the graph-wide timeline, keyset-paged on sortKey: after $after going forwards, or
// before $before going backwards ($backward, newest first; the caller puts the page back in order),
// and, when $withCount, how many dated facts pass the filters in all (-1 otherwise). {{datedFacts}}
// is dated-facts.cypher. Nodes and relationships are projected to the properties $nodeKeys and
// $relationshipKeys list for their label and type (whole when absent), and so is the node a
// relationship starts from; the caller adds the dates and what names their kinds.
CALL () {
  {{datedFacts}}
  WHERE ($after IS NULL OR sortKey > $after) AND ($before IS NULL OR sortKey < $before)
  WITH n, r, d, kind, sortKey
  ORDER BY CASE WHEN $backward THEN null ELSE sortKey END ASC, CASE WHEN $backward THEN sortKey END DESC
  LIMIT toInteger($limit)
  WITH n, r, d, kind, sortKey, [l IN labels(n) WHERE l <> 'Node'][0] AS label, type(r) AS type, startNode(r) AS s
  WITH n, r, d, kind, sortKey, label, type, s, [l IN labels(s) WHERE l <> 'Node'][0] AS sourceLabel
  RETURN collect({
    node: {label: label, properties: CASE WHEN $nodeKeys[label] IS NULL THEN properties(n) END,
           keys: $nodeKeys[label], values: [k IN coalesce($nodeKeys[label], []) | n[k]]},
    via: CASE WHEN r IS NULL THEN null
              ELSE {type: type, properties: CASE WHEN $relationshipKeys[type] IS NULL THEN properties(r) END,
                    keys: $relationshipKeys[type], values: [k IN coalesce($relationshipKeys[type], []) | r[k]],
                    source: s.id, target: n.id,
                    sourceNode: {label: sourceLabel, properties: CASE WHEN $nodeKeys[sourceLabel] IS NULL THEN properties(s) END,
                                 keys: $nodeKeys[sourceLabel], values: [k IN coalesce($nodeKeys[sourceLabel], []) | s[k]]}} END,
    property: d.property, kind: kind, sortKey: sortKey
  }) AS facts
}
CALL () {
  WITH 1 AS counted WHERE $withCount
  CALL () {
    {{datedFacts}}
    RETURN count(*) AS matching
  }
  RETURN matching
  UNION ALL
  WITH 1 AS counted WHERE NOT $withCount
  RETURN -1 AS matching
}
RETURN facts, matching AS total
