// Exact lookup by name or alias, through the normalised keys (case, accents and punctuation ignored).
MATCH (n:Node)
WHERE $key IN n.nameKeys
  AND (size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels))
RETURN {label: [l IN labels(n) WHERE l <> 'Node'][0], properties: properties(n)} AS node
ORDER BY n.id
LIMIT toInteger($limit)
