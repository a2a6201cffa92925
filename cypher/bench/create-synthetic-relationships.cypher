// One batch of synthetic relationships of one type, between nodes found by id.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
CREATE (a)-[r:$($type)]->(b)
SET r = row.properties
RETURN count(r) AS created
