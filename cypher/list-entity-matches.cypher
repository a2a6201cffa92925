// The rows an entity list's filter keeps, each with the key the list sorts by (name key, or main date
// with undated rows last). Rendered into list-entities, list-entities-page-info and count-entities;
// {{candidates}} is list-candidates-by-label or list-candidates-related-to, rendered with a label from
// the NodeLabel enum. $dateFrom and $dateTo are ISO days: the first and last day of the dates asked for.
{{candidates}}
WITH n
WHERE ($nameContains IS NULL OR any(k IN n.nameKeys WHERE k CONTAINS $nameContains))
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($status IS NULL OR n.status = $status)
  AND ($dateFrom IS NULL OR n.dateEnd >= $dateFrom)
  AND ($dateTo IS NULL OR n.dateStart <= $dateTo)
WITH n, CASE WHEN $byDate THEN coalesce(n.dateStart, $missingDate) ELSE coalesce(n.nameKey, '') END AS sortKey
