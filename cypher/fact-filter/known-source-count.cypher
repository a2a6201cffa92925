// How many distinct documents recorded by $knownAsOf{{p}} state the fact, from its per-claim lists
// (see src/ingest/merge-claims.ts); a fact stored without them counts as merged.
CASE WHEN {{r}}.evidenceRecordedAt IS NULL THEN coalesce({{r}}.sourceCount, 1)
ELSE size(reduce(known = [], i IN range(0, size({{r}}.evidenceRecordedAt) - 1) |
  CASE WHEN {{r}}.evidenceRecordedAt[i] <= $knownAsOf{{p}} AND NOT {{r}}.documentIds[i] IN known THEN known + {{r}}.documentIds[i] ELSE known END))
END
