// Documents whose title starts with a prefix: the load test finds the articles it ingested, to remove them.
MATCH (d:Document)
WHERE d.title STARTS WITH $prefix
RETURN d.id AS id
