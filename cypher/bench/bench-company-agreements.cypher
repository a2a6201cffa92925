// Benchmark floor: a company's agreements of one kind (first 50), their parties and target markets.
MATCH (c:Company {id: $id})-[:PARTY_TO]->(a:Agreement)
WHERE a.kind = $kind
WITH a ORDER BY a.nameKey, a.id LIMIT 50
CALL (a) { MATCH (a)<-[:PARTY_TO]-(party:Company) RETURN collect(party.name) AS parties }
CALL (a) { MATCH (a)-[:TARGETS_MARKET]->(m:Market) RETURN collect(m.name) AS markets }
RETURN a.name AS agreement, parties, markets
