// (Every {{factFilter}} slot is the fact filter clauses of cypher/fact-filter/ a read needs, rendered on the relationship it names.)
// The search of paths-between for one shortest path from a to b, at most $maxHops relationships long,
// over the allowed relationship types and in the asked direction ($types: the fact types, never the
// mention relationship). One branch per direction, so that the planner expands only the relationships
// that can match. shortestPath() searches from both ends at once and checks the type of each
// relationship as it expands it; the length is checked after (a path predicate inside the search
// would make the planner add an exhaustive fallback), which gives the same answer since no path is
// shorter than the shortest.
CALL (a, b, missing) {
  WITH a, b WHERE size(missing) = 0 AND $direction = 'OUTGOING'
  MATCH p = shortestPath((a)-[*..10]->(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $types AND {{factFilter}})
  RETURN p
  UNION
  WITH a, b WHERE size(missing) = 0 AND $direction = 'INCOMING'
  MATCH p = shortestPath((a)<-[*..10]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $types AND {{factFilter}})
  RETURN p
  UNION
  WITH a, b WHERE size(missing) = 0 AND $direction = 'BOTH'
  MATCH p = shortestPath((a)-[*..10]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $types AND {{factFilter}})
  RETURN p
}
WITH p WHERE length(p) <= $maxHops
