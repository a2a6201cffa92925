// One page of an entity list, filtered, sorted by name or main date, paged by keyset on (sortKey, id)
// so that pages stay stable when nodes are added. {{candidates}} is list-candidates-by-label or
// list-candidates-related-to, rendered with a label from the NodeLabel enum.
{{candidates}}
WITH n
WHERE ($nameContains IS NULL OR any(k IN n.nameKeys WHERE k CONTAINS $nameContains))
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($status IS NULL OR n.status = $status)
  AND ($dateFrom IS NULL OR n.dateEnd >= $dateFrom)
  AND ($dateTo IS NULL OR n.dateStart <= $dateTo)
WITH n, CASE WHEN $byDate THEN coalesce(n.dateStart, $missingDate) ELSE coalesce(n.nameKey, '') END AS sortKey
WHERE $afterKey IS NULL
   OR (NOT $descending AND (sortKey > $afterKey OR (sortKey = $afterKey AND n.id > $afterId)))
   OR ($descending AND (sortKey < $afterKey OR (sortKey = $afterKey AND n.id < $afterId)))
WITH n, sortKey
ORDER BY
  CASE WHEN $descending THEN null ELSE sortKey END ASC,
  CASE WHEN $descending THEN null ELSE n.id END ASC,
  CASE WHEN $descending THEN sortKey END DESC,
  CASE WHEN $descending THEN n.id END DESC
LIMIT toInteger($limit)
RETURN {label: $label, properties: properties(n)} AS node, sortKey
