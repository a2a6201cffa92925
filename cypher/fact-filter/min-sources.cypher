// Only facts stated by at least $minSources{{p}} documents: {{sourceCount}} is source-count.cypher,
// or known-source-count.cypher under knownAsOf.
{{sourceCount}} >= $minSources{{p}}
