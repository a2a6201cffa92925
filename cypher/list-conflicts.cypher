// Conflicts, newest dispute first by subject and id, optionally of one subject ($entity) and status;
// at most $limit (the API pages them in memory: there are few).
MATCH (x:Conflict)
WHERE ($entity IS NULL OR x.subjectId = $entity) AND ($status IS NULL OR x.status = $status)
RETURN properties(x) AS conflict
ORDER BY x.subjectId, x.id
LIMIT toInteger($limit)
