// The relationships of a page of nodes for an export: {{page}} picks the nodes as in
// cypher/export-nodes, and each comes with its outgoing relationships of $types (so every
// relationship is read once, from its start node), in id order, with the values of the properties
// $relationshipKeys lists for their type, in that order.
{{page}}
CALL (n) {
  MATCH (n)-[r]->(m)
  WHERE type(r) IN $types
  WITH r, m
  ORDER BY r.id
  RETURN collect({type: type(r), target: m.id, values: [k IN coalesce($relationshipKeys[type(r)], []) | r[k]]}) AS relationships
}
RETURN n.id AS id, relationships
