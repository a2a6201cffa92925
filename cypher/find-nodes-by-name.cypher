// Exact lookup by name or alias, through the normalised keys (case, accents and punctuation ignored),
// among nodes with one of $labels (never empty).
MATCH (n:$any($labels))
WHERE $key IN n.nameKeys
RETURN {label: [l IN labels(n) WHERE l <> 'Node'][0], properties: properties(n)} AS node
ORDER BY n.id
LIMIT toInteger($limit)
