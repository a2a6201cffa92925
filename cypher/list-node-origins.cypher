// Every node's id and origin, in id order: what a test compares before and after an ingest.
MATCH (n:Node)
RETURN n.id AS id, n.origin AS origin
ORDER BY id
