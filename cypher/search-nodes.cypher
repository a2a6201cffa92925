// Full-text search over names, aliases, descriptions and document text, best first.
CALL db.index.fulltext.queryNodes('node_search', $query) YIELD node, score
WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
RETURN {label: [l IN labels(node) WHERE l <> 'Node'][0], properties: properties(node)} AS node, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
