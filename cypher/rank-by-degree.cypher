// (Every {{factFilter}} slot is the fact filter clauses of cypher/fact-filter/ a read needs, rendered on the relationship it names.)
// The most connected nodes of a label, counting relationships of the given types (all fact types by
// default, never the mention relationship).
MATCH (n:$($label))
WITH n, COUNT { (n)-[r]-() WHERE type(r) IN $types AND {{factFilter}} } AS degree
ORDER BY degree DESC, n.id
LIMIT toInteger($limit)
RETURN {label: $label, properties: properties(n)} AS node, degree
