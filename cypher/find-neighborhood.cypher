// A whole neighborhood in one statement: a breadth-first walk from $id, one {{levels}} block
// (cypher/neighborhood-level) per hop. `reached` holds the nodes in the order they were reached and
// `depths` their hops; each level reads at most $rowCap relationships, keeps the new nodes in id order
// up to $limit in all, and says `truncated` when either cap cut it. Only the answer leaves the
// database: the nodes, and the relationships between reached nodes, each once, projected to the
// properties $nodeKeys and $relationshipKeys list for their label and type (whole when absent).
MATCH (s:Node {id: $id})
WITH [s] AS reached, [0] AS depths, [s] AS frontier, [] AS seenEdges, false AS truncated, 0 AS level
{{levels}}
CALL (seenEdges, reached) {
  UNWIND seenEdges AS r
  WITH DISTINCT r
  WITH r, startNode(r) AS a, endNode(r) AS b
  WHERE a IN reached AND b IN reached
  WITH r, a, b, type(r) AS type
  RETURN collect({type: type,
                  properties: CASE WHEN $relationshipKeys[type] IS NULL THEN properties(r) END,
                  keys: $relationshipKeys[type], values: [k IN coalesce($relationshipKeys[type], []) | r[k]],
                  source: a.id, target: b.id}) AS edges
}
WITH reached, depths, edges, truncated, [n IN reached | [l IN labels(n) WHERE l <> 'Node'][0]] AS labelsOf
RETURN [i IN range(0, size(reached) - 1) | {
         depth: depths[i],
         label: labelsOf[i],
         properties: CASE WHEN $nodeKeys[labelsOf[i]] IS NULL THEN properties(reached[i]) END,
         keys: $nodeKeys[labelsOf[i]],
         values: [k IN coalesce($nodeKeys[labelsOf[i]], []) | reached[i][k]]
       }] AS nodes,
       edges,
       truncated
