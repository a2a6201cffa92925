// Full-text search over names, aliases, descriptions and document text, in three tiers: nodes with a
// name or alias whose name key is $key (tier 0, what company(name:) and lookup find), then nodes with a
// name key that starts with $key (tier 1), then every other full-text match (tier 2); best score first
// within a tier. $prefixQueries is $key as a prefix query for the node_name_keys index, or nothing when
// the text has no name key. A node the words do not match has score 0.
// Every node of tiers 0 and 1 is a prefix hit, so only the prefix hits' name keys are read to tell
// the two apart; a full-text hit is tier 2 unless it is a prefix hit too. The label test is skipped
// when $labels is empty, as it is for most searches. Each node is projected to the properties
// $nodeKeys lists for its label (whole when absent).
CALL () {
  UNWIND $prefixQueries AS prefixQuery
  CALL db.index.fulltext.queryNodes('node_name_keys', prefixQuery) YIELD node
  RETURN node, 0.0 AS score, CASE WHEN $key IN node.nameKeys THEN 0 ELSE 1 END AS tier
  UNION ALL
  CALL db.index.fulltext.queryNodes('node_search', $query) YIELD node, score
  RETURN node, score, 2 AS tier
}
WITH node, max(score) AS score, min(tier) AS tier
WHERE CASE WHEN size($labels) = 0 THEN true ELSE any(l IN labels(node) WHERE l IN $labels) END
ORDER BY tier, score DESC, node.id
LIMIT toInteger($limit)
WITH node, score, tier, [l IN labels(node) WHERE l <> 'Node'][0] AS label
RETURN {label: label, properties: CASE WHEN $nodeKeys[label] IS NULL THEN properties(node) END,
        keys: $nodeKeys[label], values: [k IN coalesce($nodeKeys[label], []) | node[k]]} AS node, score, tier
