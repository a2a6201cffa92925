// Benchmark floor, query 6: one shortest path of at most 10 relationships of $types, either way,
// between two nodes: its length, its nodes' ids and its relationships' types. shortestPath() runs a
// bidirectional breadth-first search and checks the type predicate on each relationship it expands;
// SHORTEST 1 with the same predicate finds a path as short with about three times the db hits and time.
// PROFILE (`npm run bench -- --profile`), 2026-12-02, on top of commit 0e41175, on the scale-1 graph
// with the seed articles (112079 nodes, 343206 relationships):
//   person:syn-0 to person:syn-9999 (5 hops): 214 db hits, 1 row.
MATCH (a:Node {id: $from}), (b:Node {id: $to})
MATCH p = shortestPath((a)-[*..10]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN length(p) AS length, [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | type(r)] AS relationships
