// Exact lookup by name or alias (see find-nodes-by-name-matches) and, in the same statement, every
// relationship the GraphQL selection nests below the nodes found: the subqueries of
// prefetch-related-step, rendered by src/repositories/prefetch-cypher.ts. Nodes are projected to the
// properties $nodeKeys lists for their label.
{{matches}}
WITH n AS n0
{{subqueries}}
WITH n0, { {{results}} } AS steps, [l IN labels(n0) WHERE l <> 'Node'][0] AS label
RETURN n0.id AS id, {label: label, properties: CASE WHEN $nodeKeys[label] IS NULL THEN properties(n0) END,
       keys: $nodeKeys[label], values: [k IN coalesce($nodeKeys[label], []) | n0[k]]} AS node, steps
ORDER BY id
