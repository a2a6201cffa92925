// How many agreements target each market: the $limit markets with the most, then by id.
// A market's TARGETS_MARKET degree is cheap but only an upper bound on its agreement count (companies
// and vehicles target markets too, and an agreement that two documents state targets its market
// twice). The exact counts of the $limit markets of highest degree bound the $limit-th count from
// below, so only the markets whose degree reaches that bound are counted exactly.
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
