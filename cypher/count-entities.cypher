// The number of entities an entity list's filter matches, without reading them. {{matches}} is
// list-entity-matches.
{{matches}}
RETURN count(n) AS total
