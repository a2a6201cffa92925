// (Every {{factFilter}} slot is the fact filter clauses of cypher/fact-filter/ a read needs, rendered on the relationship it names.)
// Nodes linked to both a and b through facts of $types, with the relationships that link them to
// each, most links first. The ends are looked up here, so an unknown id comes back in `missing`
// instead of costing a statement of its own. Nodes and relationships are projected to the
// properties $nodeKeys and $relationshipKeys list for their label and type (whole when absent); a and
// b come back too (`ends`), as the ends of the relationships.
OPTIONAL MATCH (a:Node {id: $a})
OPTIONAL MATCH (b:Node {id: $b})
WITH a, b, CASE WHEN a IS NULL THEN [$a] ELSE [] END + CASE WHEN b IS NULL THEN [$b] ELSE [] END AS missing
CALL (a, b, missing) {
  WITH a, b WHERE size(missing) = 0
  MATCH (a)-[ra]-(c)-[rb]-(b)
  WHERE c <> a AND c <> b AND a <> b
    AND type(ra) IN $types AND type(rb) IN $types
    AND {{factFilterA}} AND {{factFilterB}}
  WITH c, collect(DISTINCT ra) AS viaA, collect(DISTINCT rb) AS viaB
  ORDER BY size(viaA) + size(viaB) DESC, c.id
  LIMIT toInteger($limit)
  WITH c, viaA, viaB, [l IN labels(c) WHERE l <> 'Node'][0] AS label
  RETURN collect({
    node: {label: label, properties: CASE WHEN $nodeKeys[label] IS NULL THEN properties(c) END,
           keys: $nodeKeys[label], values: [k IN coalesce($nodeKeys[label], []) | c[k]]},
    viaA: [r IN viaA | {type: type(r), properties: CASE WHEN $relationshipKeys[type(r)] IS NULL THEN properties(r) END,
                        keys: $relationshipKeys[type(r)], values: [k IN coalesce($relationshipKeys[type(r)], []) | r[k]],
                        source: startNode(r).id, target: endNode(r).id}],
    viaB: [r IN viaB | {type: type(r), properties: CASE WHEN $relationshipKeys[type(r)] IS NULL THEN properties(r) END,
                        keys: $relationshipKeys[type(r)], values: [k IN coalesce($relationshipKeys[type(r)], []) | r[k]],
                        source: startNode(r).id, target: endNode(r).id}]
  }) AS connections
}
CALL (a, b) {
  UNWIND [x IN [a, b] WHERE x IS NOT NULL] AS end
  WITH end, [l IN labels(end) WHERE l <> 'Node'][0] AS label
  RETURN collect({label: label, properties: CASE WHEN $nodeKeys[label] IS NULL THEN properties(end) END,
                  keys: $nodeKeys[label], values: [k IN coalesce($nodeKeys[label], []) | end[k]]}) AS ends
}
RETURN missing, connections, ends
