// The first day the fact holds as the graph knew it at $knownAsOf{{p}}: the earliest start stated by
// its claims recorded by then ('' when none states one), as mergeClaimValues merges claims (see
// src/ingest/merge-claims.ts); a fact stored without the per-claim lists has its merged start.
CASE WHEN {{r}}.evidenceValidFromStart IS NULL THEN coalesce({{r}}.validFrom_start, '')
ELSE reduce(earliest = '', i IN range(0, size({{r}}.evidenceValidFromStart) - 1) |
  CASE WHEN {{r}}.evidenceRecordedAt[i] <= $knownAsOf{{p}} AND {{r}}.evidenceValidFromStart[i] <> ''
    AND (earliest = '' OR {{r}}.evidenceValidFromStart[i] < earliest) THEN {{r}}.evidenceValidFromStart[i] ELSE earliest END)
END
