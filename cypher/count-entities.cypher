// The number of entities an entity list's filter matches, without reading them.
CALL () {
  WITH * WHERE $relatedTo IS NULL
  MATCH (n:$($label))
  RETURN n
  UNION
  WITH * WHERE $relatedTo IS NOT NULL
  MATCH (:Node {id: $relatedTo})--(n:$($label))
  RETURN n
}
WITH n
WHERE ($nameContains IS NULL OR any(k IN n.nameKeys WHERE k CONTAINS $nameContains))
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($status IS NULL OR n.status = $status)
  AND ($dateFrom IS NULL OR n.dateEnd >= $dateFrom)
  AND ($dateTo IS NULL OR n.dateStart <= $dateTo)
RETURN count(n) AS total
