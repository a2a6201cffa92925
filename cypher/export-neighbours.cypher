// One hop of a neighbourhood export: the ids of the nodes with one of $labels that a relationship of
// $types joins, in either direction, to a node of $ids.
UNWIND $ids AS id
MATCH (:Node {id: id})-[r]-(m)
WHERE type(r) IN $types AND any(l IN labels(m) WHERE l IN $labels)
RETURN DISTINCT m.id AS id
