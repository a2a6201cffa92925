// Benchmark floor, query 3: the first 50 agreements of kind $kind that the company is party to, by
// name key, each with its parties' names and its target markets' names, in the order and with the
// per-list limit ($limit) of the API's relationship fields. An agreement stated by two documents has
// two PARTY_TO relationships to the same company: DISTINCT keeps it once, as the API does. The API's
// relatedTo follows a relationship of any type; between a company and an agreement the model has only
// PARTY_TO.
// PROFILE (`npm run bench -- --profile`), 2026-12-02, on top of commit 0e41175, on the scale-1 graph
// with the seed articles (112079 nodes, 343206 relationships):
//   company:syn-50, kind MOU: 396 db hits, 8 rows.
MATCH (:Company {id: $id})-[:PARTY_TO]->(a:Agreement)
WHERE a.kind = $kind
WITH DISTINCT a
ORDER BY a.nameKey, a.id
LIMIT 50
CALL (a) {
  MATCH (a)<-[p:PARTY_TO]-(party)
  WITH p, party
  ORDER BY party.nameKey, p.id
  LIMIT toInteger($limit)
  RETURN collect({company: {name: party.name}}) AS parties
}
CALL (a) {
  MATCH (a)-[t:TARGETS_MARKET]->(market)
  WITH t, market
  ORDER BY market.nameKey, t.id
  LIMIT toInteger($limit)
  RETURN collect({name: market.name}) AS targetMarkets
}
RETURN {name: a.name, parties: parties, targetMarkets: targetMarkets} AS node
