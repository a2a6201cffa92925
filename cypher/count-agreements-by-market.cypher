// How many agreements target each market.
MATCH (a:Agreement)-[:TARGETS_MARKET]->(m:Market)
WITH m, count(DISTINCT a) AS agreements
ORDER BY agreements DESC, m.id
RETURN m.id AS key, m.name AS name, agreements
LIMIT toInteger($limit)
