// One relationship field of a prefetch (see prefetch-related.cypher): for each node n{{parent}},
// its relationships of the types {{types}} (from the RelationshipType enum) in one direction, to
// nodes with one of $labels{{step}} (any when empty), in the order and with the per-node limit of
// find-related.cypher, each with the nested reads of the node at the other end; both projected as in
// find-related.cypher.
CALL (n{{parent}}) {
  MATCH (n{{parent}}){{from}}[r{{step}}:{{types}}]{{to}}(n{{step}})
  WHERE (size($labels{{step}}) = 0 OR any(l IN labels(n{{step}}) WHERE l IN $labels{{step}}))
    AND ($origin{{step}} IS NULL OR r{{step}}.origin = $origin{{step}})
    AND ($minConfidence{{step}} IS NULL OR r{{step}}.confidence >= $minConfidence{{step}})
  WITH r{{step}}, n{{step}}, type(r{{step}}) AS type{{step}}, [l IN labels(n{{step}}) WHERE l <> 'Node'][0] AS label{{step}}
  ORDER BY type{{step}}, n{{step}}.nameKey, r{{step}}.id
  LIMIT toInteger($limit{{step}})
  {{subqueries}}
  RETURN collect({
    relationship: {type: type{{step}},
                   properties: CASE WHEN $relationshipKeys[type{{step}}] IS NULL THEN properties(r{{step}}) END,
                   keys: $relationshipKeys[type{{step}}], values: [k IN coalesce($relationshipKeys[type{{step}}], []) | r{{step}}[k]],
                   direction: CASE WHEN startNode(r{{step}}) = n{{parent}} THEN 'OUTGOING' ELSE 'INCOMING' END,
                   source: startNode(r{{step}}).id, target: endNode(r{{step}}).id},
    node: {label: label{{step}}, properties: CASE WHEN $nodeKeys[label{{step}}] IS NULL THEN properties(n{{step}}) END,
           keys: $nodeKeys[label{{step}}], values: [k IN coalesce($nodeKeys[label{{step}}], []) | n{{step}}[k]]},
    steps: { {{results}} }
  }) AS s{{step}}
}
