// Writes a document's properties. It keeps the time it was first recorded while its text stays the
// same (reloading is not learning anything new); a changed text is recorded anew at $recordedAt.
MATCH (d:Document {id: $documentId})
WITH d, CASE WHEN d.contentHash = $properties.contentHash THEN coalesce(d.recordedAt, $recordedAt) ELSE $recordedAt END AS recordedAt
SET d = $properties
SET d.recordedAt = recordedAt
RETURN d.id AS id
