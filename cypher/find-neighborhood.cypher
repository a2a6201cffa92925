// A whole neighborhood in one statement: a breadth-first walk from $id, one {{levels}} block
// (cypher/neighborhood-level) per hop. `reached` holds the nodes in the order they were reached and
// `depths` their hops; each level reads at most $rowCap relationships, keeps the new nodes in id order
// up to $limit in all, and says `truncated` when either cap cut it. Only the answer leaves the
// database: the nodes with their selected properties ($nodeKeys, or every one when $wholeNodes), and
// the relationships between reached nodes, each once, with their properties only when $withProperties.
MATCH (s:Node {id: $id})
WITH [s] AS reached, [0] AS depths, [s] AS frontier, [] AS seenEdges, false AS truncated, 0 AS level
{{levels}}
CALL (seenEdges, reached) {
  UNWIND seenEdges AS r
  WITH DISTINCT r
  WITH r, startNode(r) AS a, endNode(r) AS b
  WHERE a IN reached AND b IN reached
  RETURN collect({type: type(r), properties: CASE WHEN $withProperties THEN properties(r) ELSE {id: r.id} END, source: a.id, target: b.id}) AS edges
}
RETURN [i IN range(0, size(reached) - 1) | {
         depth: depths[i],
         label: [l IN labels(reached[i]) WHERE l <> 'Node'][0],
         properties: CASE WHEN $wholeNodes THEN properties(reached[i]) END,
         values: [key IN $nodeKeys | reached[i][key]]
       }] AS nodes,
       edges,
       truncated
