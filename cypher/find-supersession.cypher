// The facts of one single-valued group (start node $from, type $type) that supersede or are
// superseded by the fact $id: the one it names in supersededBy, and those that name it.
MATCH (a:Node {id: $from})-[r:$($type)]->(b)
WHERE r.id = $supersededBy OR r.supersededBy = $id
RETURN type(r) AS type, properties(r) AS properties, a.id AS source, b.id AS target
ORDER BY r.validFrom_start, r.id
