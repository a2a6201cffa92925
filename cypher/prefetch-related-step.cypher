// One relationship field of a prefetch (see prefetch-related.cypher): for each node n{{parent}},
// its relationships of the types {{types}} (from the RelationshipType enum) in one direction, to
// nodes with one of $labels{{step}} (any when empty), in the order and with the per-node limit of
// find-related.cypher (and its fact filter, {{factFilter}}), each with the nested reads of the node at the other end; both projected as in
// find-related.cypher. The label test is a CASE so that no label is read when none is asked for (an
// OR lets the planner test the labels first), and the ends' ids are not read: the caller knows the
// parent's id and the node's, and the direction says which is the source. What the step's types
// and direction fix is rendered, not computed per row: {{label}} is the one label the model allows
// at the other end when there is one (else the node's own), {{direction}} is 'OUTGOING' or
// 'INCOMING' for a directed step, and {{orderType}} sorts by type only when there are several.
CALL (n{{parent}}) {
  MATCH (n{{parent}}){{from}}[r{{step}}:{{types}}]{{to}}(n{{step}})
  WHERE CASE WHEN size($labels{{step}}) = 0 THEN true ELSE any(l IN labels(n{{step}}) WHERE l IN $labels{{step}}) END
    AND {{factFilter}}
  WITH r{{step}}, n{{step}}, type(r{{step}}) AS type{{step}}, {{label}} AS label{{step}}
  ORDER BY {{orderType}}n{{step}}.nameKey, r{{step}}.id
  LIMIT toInteger($limit{{step}})
  {{subqueries}}
  RETURN collect({
    relationship: {type: type{{step}},
                   properties: CASE WHEN $relationshipKeys[type{{step}}] IS NULL THEN properties(r{{step}}) END,
                   keys: $relationshipKeys[type{{step}}], values: [k IN coalesce($relationshipKeys[type{{step}}], []) | r{{step}}[k]],
                   direction: {{direction}}},
    node: {label: label{{step}}, properties: CASE WHEN $nodeKeys[label{{step}}] IS NULL THEN properties(n{{step}}) END,
           keys: $nodeKeys[label{{step}}], values: [k IN coalesce($nodeKeys[label{{step}}], []) | n{{step}}[k]]},
    steps: { {{results}} }
  }) AS s{{step}}
}
