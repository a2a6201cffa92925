// Removes entities that no document mentions any more, with their relationships.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE NOT n:Document AND NOT (n)-[:$($mention)]->()
DETACH DELETE n
RETURN count(*) AS deleted
