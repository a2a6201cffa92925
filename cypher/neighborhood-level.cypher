// (Every {{factFilter}} slot is the fact filter clauses of cypher/fact-filter/ a read needs, rendered on the relationship it names.)
// One hop of find-neighborhood: the relationships of the frontier of the types asked for ($types is
// never empty), to neighbours with one of $labels when some are given, at most $rowCap of them in
// neighbour-id order. The neighbours not reached before become the next frontier, as many as the
// node cap leaves room for. The rows come sorted by neighbour, so a neighbour's repeats are adjacent.
// `type(r) IN` and the CASE keep the planner from reading each neighbour's labels when no label is
// asked for (half the db hits of `r:$any($types)` with an OR).
CALL (frontier, truncated) {
  UNWIND CASE WHEN truncated THEN [] ELSE frontier END AS n
  MATCH (n)-[r]-(m)
  WHERE type(r) IN $types AND {{factFilter}} AND CASE WHEN size($labels) = 0 THEN true ELSE any(l IN labels(m) WHERE l IN $labels) END
  WITH DISTINCT r, m
  ORDER BY m.id, r.id
  LIMIT toInteger($rowCap)
  RETURN collect(r) AS rels, collect(m) AS neighbours, count(*) AS rows
}
WITH reached, depths, seenEdges + rels AS seenEdges, truncated, level + 1 AS level, rows,
     [i IN range(0, size(neighbours) - 1) WHERE (i = 0 OR neighbours[i] <> neighbours[i - 1]) AND NOT neighbours[i] IN reached | neighbours[i]] AS fresh
WITH reached, depths, seenEdges, level, fresh[0..$limit - size(reached)] AS frontier,
     truncated OR rows >= $rowCap OR size(fresh) > $limit - size(reached) AS truncated
WITH reached + frontier AS reached, depths + [node IN frontier | level] AS depths, frontier, seenEdges, truncated, level
