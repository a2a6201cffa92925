// The next $pageSize nodes of the whole graph after the id $after, in id order (the id index walks
// them in that order, so each page costs the same however deep into the graph it is).
MATCH (n:Node)
WHERE n.id > $after
WITH n
ORDER BY n.id
LIMIT toInteger($pageSize)
