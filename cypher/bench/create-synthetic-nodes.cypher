// One batch of synthetic nodes of one label.
UNWIND $rows AS row
CREATE (n:Node:$($label))
SET n = row
RETURN count(n) AS created
