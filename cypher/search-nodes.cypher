// Full-text search over names, aliases, descriptions and document text, in three tiers: nodes with a
// name or alias whose name key is $key (tier 0, what company(name:) and lookup find), then nodes with a
// name key that starts with $key (tier 1), then every other full-text match (tier 2); best score first
// within a tier. $prefixQueries is $key as a prefix query for the node_name_keys index, or nothing when
// the text has no name key. A node the words do not match has score 0.
CALL () {
  UNWIND $prefixQueries AS prefixQuery
  CALL db.index.fulltext.queryNodes('node_name_keys', prefixQuery) YIELD node
  RETURN node, 0.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('node_search', $query) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
WITH node, score,
     CASE
       WHEN $key <> '' AND $key IN node.nameKeys THEN 0
       WHEN $key <> '' AND any(k IN node.nameKeys WHERE k STARTS WITH $key) THEN 1
       ELSE 2
     END AS tier
ORDER BY tier, score DESC, node.id
LIMIT toInteger($limit)
RETURN {label: [l IN labels(node) WHERE l <> 'Node'][0], properties: properties(node)} AS node, score, tier
