// Whether an entity list has a row at $cursor (a [sortKey, id] pair) or beyond it towards the list's
// start ($towardsStart) or its end: what pageInfo needs to know on the side a page was not read
// from. {{matches}} is list-entity-matches.
{{matches}}
WITH n, [sortKey, n.id] AS position
WHERE CASE WHEN $towardsStart = $descending THEN position >= $cursor ELSE position <= $cursor END
WITH n
LIMIT 1
RETURN count(n) > 0 AS found
