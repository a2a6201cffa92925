// The nodes of $ids, in id order.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WITH n
ORDER BY n.id
