// Exact lookup by name or alias, through the normalised keys (case, accents and punctuation ignored),
// among nodes with one of $labels (never empty). $keysQueries is $key as a quoted exact term for the
// node_name_keys index (see nameKeysQueries).
UNWIND $keysQueries AS keysQuery
CALL db.index.fulltext.queryNodes('node_name_keys', keysQuery) YIELD node AS n
WITH DISTINCT n
WHERE any(l IN labels(n) WHERE l IN $labels) AND $key IN n.nameKeys
RETURN {label: [l IN labels(n) WHERE l <> 'Node'][0], properties: properties(n)} AS node
ORDER BY n.id
LIMIT toInteger($limit)
