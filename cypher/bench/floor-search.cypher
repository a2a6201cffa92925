// Benchmark floor, query 4: search(text:, first: $limit) { score node { id name } } with no type
// filter. The name-key index gives the nodes with a name key equal to $key (tier 0) or starting with
// it (tier 1), reading the keys of those nodes only; every other full-text match is tier 2. Best
// score first within a tier, then id. The index holds what search promises to search (names, aliases,
// the model's searchable properties), so it stays. Asking it for the top hits only ({limit: n}) would
// read 20 rows instead of 10002, but Lucene orders equal scores by its own document order, not by id,
// and a name match further down would lose its score: not the same answer.
// PROFILE (`npm run bench -- --profile`), 2026-12-02, on top of commit 0e41175, on the scale-1 graph
// with the seed articles (112079 nodes, 343206 relationships):
//   "motor" (10002 full-text hits, 809 of them at the best score): 10022 db hits, 20 rows.
CALL () {
  UNWIND $prefixQueries AS prefixQuery
  CALL db.index.fulltext.queryNodes('node_name_keys', prefixQuery) YIELD node
  RETURN node, 0.0 AS score, CASE WHEN $key IN node.nameKeys THEN 0 ELSE 1 END AS tier
  UNION ALL
  CALL db.index.fulltext.queryNodes('node_search', $query) YIELD node, score
  RETURN node, score, 2 AS tier
}
WITH node, max(score) AS score, min(tier) AS tier
ORDER BY tier, score DESC, node.id
LIMIT toInteger($limit)
RETURN score, node.id AS id, node.name AS name
