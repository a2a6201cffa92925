// Marks an open conflict resolved in favour of one of its claims, saying who and why. Deletes nothing.
MATCH (x:Conflict {id: $id})
WHERE x.status = 'OPEN' AND $preferredClaim IN x.claimIds
SET x.status = 'RESOLVED', x.preferredClaim = $preferredClaim, x.resolvedBy = $resolvedBy, x.resolvedAt = $resolvedAt, x.note = $note
RETURN properties(x) AS conflict
