// Writes when a later fact supersedes each single-valued fact (see src/ingest/plan-disputes.ts).
UNWIND $facts AS f
MATCH (a:Node {id: f.from})-[r:$(f.type) {factKey: f.factKey}]->()
SET r.supersededFrom = f.supersededFrom, r.supersededBy = f.supersededBy, r.supersededRecordedAt = f.supersededRecordedAt,
    r.supersedingIds = f.supersedingIds, r.supersedingStarts = f.supersedingStarts, r.supersedingRecordedAt = f.supersedingRecordedAt
RETURN count(r) AS updated
