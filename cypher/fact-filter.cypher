// The filter every statement that reads facts applies to relationship {{r}}, its parameters suffixed
// with {{p}}; each part is off when its parameter is null. asOf keeps facts that held at some time in
// [$asOfStart, $asOfEnd] and that no later fact had superseded by $asOfStart (unless the graph did
// not know the later fact at $knownAsOf); knownAsOf keeps facts recorded by then; minSources and
// minReliability read the counts and grade merged from the evidence. An open bound never excludes.
($origin{{p}} IS NULL OR {{r}}.origin = $origin{{p}})
AND ($minConfidence{{p}} IS NULL OR {{r}}.confidence >= $minConfidence{{p}})
AND ($asOfStart{{p}} IS NULL OR (coalesce({{r}}.validFrom_start, '') <= $asOfEnd{{p}}
  AND coalesce({{r}}.validTo_end, '9999') >= $asOfStart{{p}}
  AND (coalesce({{r}}.supersededFrom, '9999') > $asOfStart{{p}}
    OR ($knownAsOf{{p}} IS NOT NULL AND {{r}}.supersededRecordedAt > $knownAsOf{{p}}))))
AND ($knownAsOf{{p}} IS NULL OR coalesce({{r}}.recordedAt, '') <= $knownAsOf{{p}})
AND ($minSources{{p}} IS NULL OR coalesce({{r}}.sourceCount, 1) >= $minSources{{p}})
AND ($minReliability{{p}} IS NULL OR coalesce({{r}}.reliability, 'F') <= $minReliability{{p}})
