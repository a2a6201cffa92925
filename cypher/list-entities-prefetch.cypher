// One page of an entity list (see list-entities-page) and, in the same statement, every relationship
// the GraphQL selection nests below the page's nodes: the subqueries of prefetch-related-step, one
// per relationship field; then, as in list-entities, one row with what pageInfo and totalCount need.
// Nodes are projected as in list-entities. {{page}} is list-entities-page; {{subqueries}} and
// {{results}} are rendered by src/repositories/prefetch-cypher.ts; {{pageInfo}} is
// list-entities-page-info.
{{page}}
WITH n AS n0, sortKey
{{subqueries}}
WITH n0, sortKey, { {{results}} } AS steps
WITH collect({
  id: n0.id,
  node: {label: $label, properties: CASE WHEN $nodeKeys[$label] IS NULL THEN properties(n0) END, keys: $nodeKeys[$label], values: [k IN coalesce($nodeKeys[$label], []) | n0[k]]},
  sortKey: sortKey,
  steps: steps
}) AS rows
{{pageInfo}}
RETURN rows, total, rowsBeforeStart, rowsAfterEnd
