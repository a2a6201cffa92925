// The most connected nodes of a label, counting relationships of the given types (all but
// MENTIONED_IN by default).
MATCH (n:$($label))
WITH n, COUNT { (n)-[r]-() WHERE type(r) <> 'MENTIONED_IN' AND (size($types) = 0 OR type(r) IN $types) } AS degree
ORDER BY degree DESC, n.id
LIMIT toInteger($limit)
RETURN {label: $label, properties: properties(n)} AS node, degree
