// The nodes of the $labels (facilities, figures, products) joined by a fact to one of the entities $ids,
// or to such a node, each with its properties and its facts, for matching what an article describes.
MATCH (start:Node)-[first]-(near:Node)
WHERE start.id IN $ids AND type(first) IN $types AND any(l IN labels(near) WHERE l IN $labels)
OPTIONAL MATCH (near)-[second]-(far:Node)
WHERE type(second) IN $types AND any(l IN labels(far) WHERE l IN $labels)
WITH collect(DISTINCT near) + collect(DISTINCT far) AS found
UNWIND found AS n
WITH DISTINCT n
OPTIONAL MATCH (n)-[r]-(:Node)
WHERE type(r) IN $types
WITH n, collect({type: type(r), from: startNode(r).id, to: endNode(r).id}) AS facts
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Node'][0] AS label, n.name AS name, properties(n) AS properties, facts
