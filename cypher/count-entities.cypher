// The number of entities an entity list's filter matches, without reading them. {{candidates}} is as
// in list-entities.cypher.
{{candidates}}
WITH n
WHERE ($nameContains IS NULL OR any(k IN n.nameKeys WHERE k CONTAINS $nameContains))
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($status IS NULL OR n.status = $status)
  AND ($dateFrom IS NULL OR n.dateEnd >= $dateFrom)
  AND ($dateTo IS NULL OR n.dateStart <= $dateTo)
RETURN count(n) AS total
