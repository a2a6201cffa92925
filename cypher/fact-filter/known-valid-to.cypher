// The last day the fact holds as the graph knew it at $knownAsOf{{p}}: the latest end stated by its
// claims recorded by then, '9999' (open) when one of them leaves it open, as mergeClaimValues merges
// claims (see src/ingest/merge-claims.ts); a fact stored without the per-claim lists has its merged end.
CASE WHEN {{r}}.evidenceValidToEnd IS NULL THEN coalesce({{r}}.validTo_end, '9999')
ELSE reduce(latest = '', i IN range(0, size({{r}}.evidenceValidToEnd) - 1) |
  CASE WHEN {{r}}.evidenceRecordedAt[i] <= $knownAsOf{{p}} AND {{r}}.evidenceValidToEnd[i] > latest THEN {{r}}.evidenceValidToEnd[i] ELSE latest END)
END
