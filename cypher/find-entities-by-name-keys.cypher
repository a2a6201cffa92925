// The entities of some labels known under any of the given name keys, for entity resolution.
MATCH (n:$any($labels))
WHERE any(key IN n.nameKeys WHERE key IN $keys)
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Node'][0] AS label, n.name AS name, n.nameKeys AS nameKeys
