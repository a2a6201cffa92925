// Drops the conflicts of the subjects $subjects that are not among $keep: their dispute no longer holds.
MATCH (x:Conflict)
WHERE x.subjectId IN $subjects AND NOT x.id IN $keep
DELETE x
RETURN count(*) AS deleted
