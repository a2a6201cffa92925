// The nodes with one of $labels (never empty) that have a name or alias of key $key, through the
// normalised keys (case, accents and punctuation ignored), at most $limit of them in id order.
// $keysQueries is $key as a quoted exact term for the node_name_keys index (see nameKeysQueries).
// Rendered into find-nodes-by-name and find-nodes-by-name-prefetch.
UNWIND $keysQueries AS keysQuery
CALL db.index.fulltext.queryNodes('node_name_keys', keysQuery) YIELD node AS n
WITH DISTINCT n
WHERE any(l IN labels(n) WHERE l IN $labels) AND $key IN n.nameKeys
WITH n
ORDER BY n.id
LIMIT toInteger($limit)
