// Benchmark floor, query 1: the companies with the name key of $keysQuery (a quoted exact term for the
// node_name_keys index, whose keyword analyzer keeps each key whole), id and name, by id. $limit is
// what company(name:) reads: one more than the candidates it lists when a name is shared. The range
// index on nameKey would do as well, but it holds the main name only, not the aliases.
// PROFILE (`npm run bench -- --profile`), 2026-12-02, on top of commit 0e41175, on the scale-1 graph
// with the seed articles (112079 nodes, 343206 relationships):
//   "Belven Ix Motor 50": 3 db hits, 1 row (the index call itself counts none).
CALL db.index.fulltext.queryNodes('node_name_keys', $keysQuery) YIELD node
WHERE node:Company
RETURN node.id AS id, node.name AS name
ORDER BY id
LIMIT toInteger($limit)
