// Benchmark floor, query 5: the two-hop neighborhood of $id as `neighborhood(depth: 2, limit: $limit)`
// answers it, in one statement. Each level reads the relationships of $types around the level before,
// at most $rowLimit of them in (neighbor id, relationship id) order; the new neighbors join in id order
// until $limit nodes are reached (truncated once one is left out, or a level fills $rowLimit), and an
// edge is kept when its far node is in. Rows come sorted by neighbor id, so a level's new nodes are
// found by comparing each row with the one before, and the nodes left out are the rows past a cut.
// The type is tested as type(r) IN $types, one db hit a relationship; the dynamic r:$any($types) the
// server's find-neighbors.cypher uses takes 4 to 5 (12469 db hits at level 2 instead of 2676).
// PROFILE (`npm run bench -- --profile`), 2026-12-02, on top of commit 0e41175, on the scale-1 graph
// with the seed articles (112079 nodes, 343206 relationships):
//   company:syn-50, $limit 200: 12739 db hits, 1 row (159 relationships at level 1, 2676 at level 2).
MATCH (s:Node {id: $id})
WITH s, toInteger($limit) AS limit
CALL (s) {
  MATCH (s)-[r]-(m) WHERE type(r) IN $types
  WITH DISTINCT r, m
  ORDER BY m.id, r.id
  LIMIT toInteger($rowLimit)
  RETURN collect({r: r, m: m}) AS rows1
}
WITH s, limit, rows1, [i IN range(0, size(rows1) - 1) WHERE (i = 0 OR rows1[i].m <> rows1[i - 1].m) AND rows1[i].m <> s] AS firsts1
WITH s, limit, rows1, firsts1, CASE WHEN size(firsts1) > limit - 1 THEN firsts1[limit - 1] ELSE size(rows1) END AS cut1
WITH s, limit, rows1, cut1, [i IN firsts1[0..limit - 1] | rows1[i].m] AS level1,
     size(firsts1) > limit - 1 OR size(rows1) >= $rowLimit AS truncated1
WITH s, limit, level1, truncated1, [row IN rows1[0..cut1] | row.r] + [row IN rows1[cut1..] WHERE row.m = s | row.r] AS edges1
CALL (s, level1, truncated1) {
  WITH s, level1 WHERE NOT truncated1
  UNWIND level1 AS n
  MATCH (n)-[r]-(m) WHERE type(r) IN $types
  WITH DISTINCT n, r, m
  ORDER BY m.id, r.id
  LIMIT toInteger($rowLimit)
  RETURN collect({r: r, m: m, n: n, seen: m = s OR m IN level1}) AS rows2
}
WITH s, limit, level1, truncated1, edges1, rows2,
     [i IN range(0, size(rows2) - 1) WHERE NOT rows2[i].seen AND (i = 0 OR rows2[i].m <> rows2[i - 1].m)] AS firsts2,
     limit - 1 - size(level1) AS room
WITH s, limit, level1, truncated1, edges1, rows2, firsts2, room, CASE WHEN size(firsts2) > room THEN firsts2[room] ELSE size(rows2) END AS cut2
// A relationship between two level-1 nodes comes twice (once from each end): keep its first row.
WITH s, limit, level1, edges1, [i IN firsts2[0..room] | rows2[i].m] AS level2,
     truncated1 OR size(firsts2) > room OR size(rows2) >= $rowLimit AS truncated,
     [row IN rows2[0..cut2] WHERE NOT row.seen OR (row.m <> s AND row.m.id <= row.n.id) | row.r] +
     [row IN rows2[cut2..] WHERE row.seen AND row.m <> s AND row.m.id <= row.n.id | row.r] AS edges2
RETURN truncated,
       [x IN [{n: s, depth: 0}] + [n IN level1 | {n: n, depth: 1}] + [n IN level2 | {n: n, depth: 2}] |
         {depth: x.depth, node: {id: x.n.id, label: [l IN labels(x.n) WHERE l <> 'Node'][0], name: x.n.name}}] AS nodes,
       [r IN edges1 + edges2 | {id: r.id, sourceId: startNode(r).id, targetId: endNode(r).id, type: type(r)}] AS edges
