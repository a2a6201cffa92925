// (Every {{factFilter}} slot is the fact filter clauses of cypher/fact-filter/ a read needs, rendered on the relationship it names.)
// Every dated fact of the graph that passes the timeline filters: each declared date of a node
// ($nodeDates) and of a relationship ($relationshipDates), with the kind the model gives it (a fixed
// kind, or the holder's own kind property when it names a timeline kind) and a sort key that orders
// by start day, then precision (a day before the month holding it), then the holder's id and property.
// Labels and types come from the model's declarations; their property names travel as parameters.
CALL () {
  UNWIND $nodeDates AS d
  MATCH (n:$(d.label))
  WHERE n[d.startKey] IS NOT NULL
  RETURN n, null AS r, d, n[d.startKey] AS start, n[d.endKey] AS end, n[d.precisionKey] AS precision,
         CASE WHEN d.kind IS NOT NULL THEN d.kind WHEN n[d.kindFrom] IN $kindValues THEN n[d.kindFrom] ELSE d.otherwise END AS kind, n.id AS holderId
  UNION ALL
  UNWIND $relationshipDates AS d
  MATCH ()-[r:$(d.type)]->(n)
  WHERE r[d.startKey] IS NOT NULL AND {{factFilter}}
  RETURN n, r, d, r[d.startKey] AS start, r[d.endKey] AS end, r[d.precisionKey] AS precision,
         CASE WHEN d.kind IS NOT NULL THEN d.kind WHEN r[d.kindFrom] IN $kindValues THEN r[d.kindFrom] ELSE d.otherwise END AS kind, r.id AS holderId
}
WITH n, r, d, kind, start, end, precision, holderId
WHERE ($from IS NULL OR end >= $from) AND ($to IS NULL OR start <= $to) AND (size($kinds) = 0 OR kind IN $kinds)
WITH n, r, d, kind,
     start + ' ' + CASE precision WHEN 'DAY' THEN '0' WHEN 'MONTH' THEN '1' WHEN 'SEASON' THEN '2' ELSE '3' END + ' ' + holderId + '#' + d.property AS sortKey
