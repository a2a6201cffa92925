// The nodes $ids and, in the same round trip, every relationship a nested GraphQL selection will
// read below them: one CALL subquery per relationship field, nested as the selection nests (see
// prefetch-related-step.cypher). Rendered by src/repositories/prefetch-cypher.ts, whose {{slots}}
// take only generated step numbers and the rendered subqueries, never user input.
UNWIND $ids AS id
MATCH (n0:Node {id: id})
{{subqueries}}
WITH id, n0, { {{results}} } AS steps, [l IN labels(n0) WHERE l <> 'Node'][0] AS label
RETURN id, {label: label, properties: CASE WHEN $nodeKeys[label] IS NULL THEN properties(n0) END,
            keys: $nodeKeys[label], values: [k IN coalesce($nodeKeys[label], []) | n0[k]]} AS node, steps
