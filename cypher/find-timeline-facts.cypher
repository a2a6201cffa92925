// (Every {{factFilter}} slot is the fact filter clauses of cypher/fact-filter/ a read needs, rendered on the relationship it names.)
// The dated things around an entity: itself, its neighbors through facts ($factTypes), and the
// events about the things it is linked to; each with the relationship that links it, if any. An
// unknown id answers `missing: true` instead of costing a statement of its own. Nodes and
// relationships are projected to the properties $nodeKeys and $relationshipKeys list for their label
// and type (whole when absent); the caller adds the dates and what names their kinds.
OPTIONAL MATCH (e:Node {id: $id})
CALL (e) {
  CALL (e) {
    WITH e WHERE e IS NOT NULL
    RETURN e AS n, null AS r
    UNION
    WITH e WHERE e IS NOT NULL
    MATCH (e)-[r]-(n)
    WHERE type(r) IN $factTypes AND {{factFilter}}
    RETURN n, r
    UNION
    WITH e WHERE e IS NOT NULL
    MATCH (e)-[link]-()<-[r:CONCERNS]-(n:Event)
    WHERE type(link) IN $factTypes AND {{factFilterLink}}
    RETURN n, r
  }
  WITH n, r, [l IN labels(n) WHERE l <> 'Node'][0] AS label, type(r) AS type
  RETURN collect({
    node: {label: label, properties: CASE WHEN $nodeKeys[label] IS NULL THEN properties(n) END,
           keys: $nodeKeys[label], values: [k IN coalesce($nodeKeys[label], []) | n[k]]},
    via: CASE WHEN r IS NULL THEN null
              ELSE {type: type, properties: CASE WHEN $relationshipKeys[type] IS NULL THEN properties(r) END,
                    keys: $relationshipKeys[type], values: [k IN coalesce($relationshipKeys[type], []) | r[k]],
                    source: startNode(r).id, target: endNode(r).id} END
  }) AS facts
}
RETURN e IS NULL AS missing, facts
