// Under knownAsOf, only a superseding fact the graph knew at $knownAsOf{{p}} counts: the fact still
// holds unless a later fact recorded by then had started by $asOfStart{{p}} (its superseding facts are
// listed by start, see src/ingest/plan-disputes.ts). A fact stored before those lists were kept
// compares when its first superseding fact was recorded.
OR CASE WHEN {{r}}.supersedingStarts IS NULL THEN {{r}}.supersededRecordedAt > $knownAsOf{{p}}
ELSE none(i IN range(0, size({{r}}.supersedingStarts) - 1)
  WHERE {{r}}.supersedingRecordedAt[i] <= $knownAsOf{{p}} AND {{r}}.supersedingStarts[i] <= $asOfStart{{p}}) END
