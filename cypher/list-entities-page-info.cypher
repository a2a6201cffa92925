// What a connection tells besides its page, read after the page in the same statement, each only
// when asked for (a false or null parameter stops its block before it reads anything): `total`, the
// rows the filter matches when $withTotal (else null); `rowsBeforeStart`, whether a row lies at the
// cursor $startCursor or before it (towards the list's start); `rowsAfterEnd`, whether one lies at
// $endCursor or after it. Cursors are [sortKey, id] pairs, the list's order is $descending, and
// {{matches}} is list-entity-matches, once per block.
CALL () {
  WITH 1 AS asked
  WHERE $withTotal
  {{matches}}
  RETURN count(n) AS counted
}
CALL () {
  WITH 1 AS asked
  WHERE $startCursor IS NOT NULL
  {{matches}}
  WITH n, [sortKey, n.id] AS position
  WHERE CASE WHEN $descending THEN position >= $startCursor ELSE position <= $startCursor END
  WITH n
  LIMIT 1
  RETURN count(n) > 0 AS rowsBeforeStart
}
CALL () {
  WITH 1 AS asked
  WHERE $endCursor IS NOT NULL
  {{matches}}
  WITH n, [sortKey, n.id] AS position
  WHERE CASE WHEN $descending THEN position <= $endCursor ELSE position >= $endCursor END
  WITH n
  LIMIT 1
  RETURN count(n) > 0 AS rowsAfterEnd
}
WITH *, CASE WHEN $withTotal THEN counted END AS total
