// The best grade among the fact's documents recorded by $knownAsOf{{p}}, from its per-claim lists
// (see src/ingest/merge-claims.ts); a fact stored without them has its merged grade.
CASE WHEN {{r}}.evidenceGrades IS NULL THEN coalesce({{r}}.reliability, 'F')
ELSE reduce(best = 'F', i IN range(0, size({{r}}.evidenceGrades) - 1) |
  CASE WHEN {{r}}.evidenceRecordedAt[i] <= $knownAsOf{{p}} AND {{r}}.evidenceGrades[i] < best THEN {{r}}.evidenceGrades[i] ELSE best END)
END
