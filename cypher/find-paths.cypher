// (Every {{factFilter}} slot is the fact filter clauses of cypher/fact-filter/ a read needs, rendered on the relationship it names.)
// The search of paths-between for up to 200 simple paths from a to b, shortest first, at most
// $maxHops relationships long, over the allowed relationship types and in the asked direction
// ($types: the fact types, never the mention relationship). One branch per direction, so that the
// planner expands only the relationships that can match.
CALL (a, b, missing) {
  WITH a, b WHERE size(missing) = 0 AND $direction = 'OUTGOING'
  MATCH p = SHORTEST 200 (a)-[r WHERE type(r) IN $types AND {{factFilter}}]->{1,10}(b)
  WHERE length(p) <= $maxHops
    AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  RETURN p
  UNION
  WITH a, b WHERE size(missing) = 0 AND $direction = 'INCOMING'
  MATCH p = SHORTEST 200 (a)<-[r WHERE type(r) IN $types AND {{factFilter}}]-{1,10}(b)
  WHERE length(p) <= $maxHops
    AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  RETURN p
  UNION
  WITH a, b WHERE size(missing) = 0 AND $direction = 'BOTH'
  MATCH p = SHORTEST 200 (a)-[r WHERE type(r) IN $types AND {{factFilter}}]-{1,10}(b)
  WHERE length(p) <= $maxHops
    AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  RETURN p
}
WITH p ORDER BY length(p), [n IN nodes(p) | n.id]
