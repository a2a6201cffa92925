// (Every {{factFilter}} slot is the fact filter clauses of cypher/fact-filter/ a read needs, rendered on the relationship it names.)
// The search of paths-between for every shortest path from a to b, at most $maxHops relationships
// long, over the allowed relationship types and in the asked direction ($types: the fact types, never
// the mention relationship). One branch per direction, so that the planner expands only the
// relationships that can match.
CALL (a, b, missing) {
  WITH a, b WHERE size(missing) = 0 AND $direction = 'OUTGOING'
  MATCH p = ALL SHORTEST (a)-[r WHERE type(r) IN $types AND {{factFilter}}]->{1,10}(b)
  WHERE length(p) <= $maxHops
  RETURN p
  UNION
  WITH a, b WHERE size(missing) = 0 AND $direction = 'INCOMING'
  MATCH p = ALL SHORTEST (a)<-[r WHERE type(r) IN $types AND {{factFilter}}]-{1,10}(b)
  WHERE length(p) <= $maxHops
  RETURN p
  UNION
  WITH a, b WHERE size(missing) = 0 AND $direction = 'BOTH'
  MATCH p = ALL SHORTEST (a)-[r WHERE type(r) IN $types AND {{factFilter}}]-{1,10}(b)
  WHERE length(p) <= $maxHops
  RETURN p
}
WITH p ORDER BY [n IN nodes(p) | n.id]
