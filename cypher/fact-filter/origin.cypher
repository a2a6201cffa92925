// Only facts of origin $origin{{p}} (see src/repositories/fact-filter-cypher.ts for how clauses combine).
{{r}}.origin = $origin{{p}}
