// How many agreements there are of each kind.
MATCH (a:Agreement)
WITH coalesce(a.kind, 'UNKNOWN') AS kind, count(a) AS agreements
ORDER BY agreements DESC, kind
RETURN kind AS key, kind AS name, agreements
LIMIT toInteger($limit)
