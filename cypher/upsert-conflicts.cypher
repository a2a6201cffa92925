// Records the disputes found among the subjects $subjects and drops those that no longer hold there.
// A conflict keeps its status and resolution while its preferred claim is still one of its claims;
// otherwise it is OPEN again. Nothing here deletes a claim: claims are facts and nodes of the graph.
UNWIND $conflicts AS c
MERGE (x:Conflict {id: c.id})
ON CREATE SET x.status = 'OPEN', x.createdAt = $now
SET x.subjectId = c.subjectId, x.disputed = c.disputed, x.claims = c.claims, x.claimIds = c.claimIds
WITH x WHERE x.preferredClaim IS NOT NULL AND NOT x.preferredClaim IN x.claimIds
SET x.status = 'OPEN', x.preferredClaim = null, x.resolvedBy = null, x.resolvedAt = null, x.note = null
RETURN count(x) AS reopened
