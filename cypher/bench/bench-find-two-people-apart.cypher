// Benchmark set-up: two people at least $minHops apart, for the shortest-path query of the mix.
MATCH (a:Person)
WITH a ORDER BY a.id LIMIT 20
MATCH (b:Person) WHERE b.id > a.id
WITH a, b ORDER BY b.id DESC LIMIT 400
MATCH p = SHORTEST 1 (a)-[r WHERE type(r) <> 'MENTIONED_IN']-{1,10}(b)
WHERE length(p) >= $minHops
RETURN a.id AS from, b.id AS to, length(p) AS hops
LIMIT 1
