// One page of an entity list (see list-entities-page) and, in the same statement, every relationship
// the GraphQL selection nests below the page's nodes: the subqueries of prefetch-related-step, one
// per relationship field. Nodes are projected as in list-entities. {{page}} is list-entities-page;
// {{subqueries}} and {{results}} are rendered by src/repositories/prefetch-cypher.ts.
{{page}}
WITH n AS n0, sortKey
{{subqueries}}
WITH n0, sortKey, { {{results}} } AS steps
RETURN n0.id AS id, {label: $label, properties: CASE WHEN $nodeKeys[$label] IS NULL THEN properties(n0) END, keys: $nodeKeys[$label], values: [k IN coalesce($nodeKeys[$label], []) | n0[k]]} AS node, sortKey, steps
