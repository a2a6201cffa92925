// The nodes $ids and, in the same round trip, every relationship a nested GraphQL selection will
// read below them: one CALL subquery per relationship field, nested as the selection nests (see
// prefetch-related-step.cypher). Rendered by src/repositories/prefetch-cypher.ts, whose {{slots}}
// take only generated step numbers and the rendered subqueries, never user input.
UNWIND $ids AS id
MATCH (n0:Node {id: id})
{{subqueries}}
RETURN id, {label: [l IN labels(n0) WHERE l <> 'Node'][0], properties: properties(n0)} AS node, { {{results}} } AS steps
