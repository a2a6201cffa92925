// The number of entities an entity list's filter matches, without reading them.
MATCH (n:$($label))
WHERE ($nameContains IS NULL OR any(k IN n.nameKeys WHERE k CONTAINS $nameContains))
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($status IS NULL OR n.status = $status)
  AND ($dateFrom IS NULL OR n.dateEnd >= $dateFrom)
  AND ($dateTo IS NULL OR n.dateStart <= $dateTo)
  AND ($relatedTo IS NULL OR EXISTS { (n)--(:Node {id: $relatedTo}) })
RETURN count(n) AS total
