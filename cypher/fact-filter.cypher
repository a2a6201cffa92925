// The filter every statement that reads facts applies to relationship {{r}}, its parameters suffixed
// with {{p}}; each part is off when its parameter is null. asOf keeps facts that held at some time in
// [$asOfStart, $asOfEnd] and that no later fact had superseded by $asOfStart (unless the graph did
// not know the later fact at $knownAsOf); knownAsOf keeps facts recorded by then; minSources and
// minReliability read the counts and grade merged from the evidence, or under knownAsOf count the
// distinct documents and take the best grade of the claims recorded by then (a fact stored without
// the per-claim lists keeps its merged ones). An open bound never excludes.
($origin{{p}} IS NULL OR {{r}}.origin = $origin{{p}})
AND ($minConfidence{{p}} IS NULL OR {{r}}.confidence >= $minConfidence{{p}})
AND ($asOfStart{{p}} IS NULL OR (coalesce({{r}}.validFrom_start, '') <= $asOfEnd{{p}}
  AND coalesce({{r}}.validTo_end, '9999') >= $asOfStart{{p}}
  AND (coalesce({{r}}.supersededFrom, '9999') > $asOfStart{{p}}
    OR ($knownAsOf{{p}} IS NOT NULL AND {{r}}.supersededRecordedAt > $knownAsOf{{p}}))))
AND ($knownAsOf{{p}} IS NULL OR coalesce({{r}}.recordedAt, '') <= $knownAsOf{{p}})
AND ($minSources{{p}} IS NULL OR CASE WHEN $knownAsOf{{p}} IS NULL OR {{r}}.evidenceRecordedAt IS NULL
  THEN coalesce({{r}}.sourceCount, 1)
  ELSE size(reduce(known = [], i IN range(0, size({{r}}.evidenceRecordedAt) - 1) |
    CASE WHEN {{r}}.evidenceRecordedAt[i] <= $knownAsOf{{p}} AND NOT {{r}}.documentIds[i] IN known THEN known + {{r}}.documentIds[i] ELSE known END))
  END >= $minSources{{p}})
AND ($minReliability{{p}} IS NULL OR CASE WHEN $knownAsOf{{p}} IS NULL OR {{r}}.evidenceGrades IS NULL
  THEN coalesce({{r}}.reliability, 'F')
  ELSE reduce(best = 'F', i IN range(0, size({{r}}.evidenceGrades) - 1) |
    CASE WHEN {{r}}.evidenceRecordedAt[i] <= $knownAsOf{{p}} AND {{r}}.evidenceGrades[i] < best THEN {{r}}.evidenceGrades[i] ELSE best END)
  END <= $minReliability{{p}})
