// Paths between two nodes in one statement. The ends are looked up here, so an unknown id comes back
// in `missing` instead of costing a statement of its own. {{search}} is find-shortest-path,
// find-all-shortest-paths or find-paths: it yields each path `p` from `a` to `b` (and none when an end
// is missing). The nodes and relationships on the paths are returned once each, projected to the
// properties $nodeKeys and $relationshipKeys list for their label and type (whole when absent), and
// each path as the ids of its nodes and relationships in order.
OPTIONAL MATCH (a:Node {id: $from})
OPTIONAL MATCH (b:Node {id: $to})
WITH a, b, CASE WHEN a IS NULL THEN [$from] ELSE [] END + CASE WHEN b IS NULL THEN [$to] ELSE [] END AS missing
CALL (a, b, missing) {
  {{search}}
  RETURN collect(p) AS found
}
CALL (found) {
  UNWIND found AS p
  UNWIND nodes(p) AS n
  WITH DISTINCT n
  WITH n, [l IN labels(n) WHERE l <> 'Node'][0] AS label
  RETURN collect({label: label,
                  properties: CASE WHEN $nodeKeys[label] IS NULL THEN properties(n) END,
                  keys: $nodeKeys[label], values: [k IN coalesce($nodeKeys[label], []) | n[k]]}) AS nodes
}
CALL (found) {
  UNWIND found AS p
  UNWIND relationships(p) AS r
  WITH DISTINCT r
  WITH r, type(r) AS type
  RETURN collect({type: type,
                  properties: CASE WHEN $relationshipKeys[type] IS NULL THEN properties(r) END,
                  keys: $relationshipKeys[type], values: [k IN coalesce($relationshipKeys[type], []) | r[k]],
                  source: startNode(r).id, target: endNode(r).id}) AS relationships
}
RETURN missing, nodes, relationships,
       [p IN found | {nodes: [n IN nodes(p) | n.id], relationships: [r IN relationships(p) | r.id]}] AS paths
