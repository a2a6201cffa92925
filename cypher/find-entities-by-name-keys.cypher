// The entities of some labels known under any of the given name keys, for entity resolution.
// $keysQueries are the keys as quoted exact terms for the node_name_keys index (see nameKeysQueries).
UNWIND $keysQueries AS keysQuery
CALL db.index.fulltext.queryNodes('node_name_keys', keysQuery) YIELD node AS n
WITH DISTINCT n
WHERE any(l IN labels(n) WHERE l IN $labels) AND any(key IN n.nameKeys WHERE key IN $keys)
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Node'][0] AS label, n.name AS name, n.nameKeys AS nameKeys
