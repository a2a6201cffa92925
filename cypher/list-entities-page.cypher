// Up to $limit rows of an entity list strictly between the cursors $after and $before (each a
// [sortKey, id] pair, or null), in the list's order ($descending), or from the far end when
// $backward. Keyset paging on (sortKey, id) keeps pages stable when nodes are added. {{matches}} is
// list-entity-matches. Rendered into list-entities and list-entities-prefetch, which say what each row returns.
{{matches}}
WITH n, sortKey, [sortKey, n.id] AS position
WHERE ($after IS NULL OR CASE WHEN $descending THEN position < $after ELSE position > $after END)
  AND ($before IS NULL OR CASE WHEN $descending THEN position > $before ELSE position < $before END)
WITH n, sortKey, position, $descending <> $backward AS scanDescending
ORDER BY
  CASE WHEN scanDescending THEN null ELSE position END ASC,
  CASE WHEN scanDescending THEN position END DESC
LIMIT toInteger($limit)
