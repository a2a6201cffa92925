// The document whose text has this SHA-256 hash, if one was loaded already.
MATCH (d:Document)
WHERE d.contentHash = $contentHash
RETURN d.id AS id, d.title AS title
LIMIT 1
