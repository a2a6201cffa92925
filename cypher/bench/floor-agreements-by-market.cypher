// Benchmark floor, query 7: the $limit markets the most agreements target, with their counts, most
// first, then by id. Counting by degree alone (COUNT { (m)<-[:TARGETS_MARKET]-() }, 6096 db hits) is
// not the same answer: the model lets companies and vehicles target markets too (the seed articles
// have 11 such relationships), and relationships are written per document, so an agreement that two
// documents state targets its market twice. (On the synthetic graph alone the two counts agree: one
// TARGETS_MARKET per agreement.) So the degree is an upper bound: the exact counts of the $limit
// markets of highest degree give a lower bound for the $limit-th count, and only the markets whose
// degree reaches it are counted exactly.
// PROFILE (`npm run bench -- --profile`), 2026-12-02, on top of commit 0e41175, on the scale-1 graph
// with the seed articles (112079 nodes, 343206 relationships):
//   $limit 50: 22159 db hits, 50 rows; counting every agreement instead takes 97514.
MATCH (m:Market)
WITH m, COUNT { (m)<-[:TARGETS_MARKET]-() } AS degree
WHERE degree > 0
ORDER BY degree DESC
WITH collect({market: m, degree: degree}) AS byDegree
CALL (byDegree) {
  UNWIND byDegree[0..toInteger($limit)] AS candidate
  WITH candidate.market AS m
  WITH m, COUNT { MATCH (m)<-[:TARGETS_MARKET]-(a:Agreement) RETURN DISTINCT a } AS agreements
  RETURN collect({market: m, agreements: agreements}) AS counted, min(agreements) AS bound
}
CALL (byDegree, bound) {
  UNWIND byDegree[toInteger($limit)..] AS candidate
  WITH candidate WHERE candidate.degree >= bound
  WITH candidate.market AS m
  WITH m, COUNT { MATCH (m)<-[:TARGETS_MARKET]-(a:Agreement) RETURN DISTINCT a } AS agreements
  RETURN collect({market: m, agreements: agreements}) AS more
}
UNWIND counted + more AS row
WITH row.market AS m, row.agreements AS agreements
WHERE agreements > 0
ORDER BY agreements DESC, m.id
LIMIT toInteger($limit)
RETURN m.id AS key, m.name AS name, agreements
