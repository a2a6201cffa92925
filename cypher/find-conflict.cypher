// One conflict by id.
MATCH (x:Conflict {id: $id})
RETURN properties(x) AS conflict
