// The nodes that each state a value of a measure of their subject (see LabelSpec.measures): from the
// nodes $ids (those of label $label, or the subjects that point at them through $relationship),
// every node of $label with a $measure that the same subject points at, with the properties its
// value must share with a rival's ($alike), the relationship from the subject, and its quotes.
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL (n) {
  MATCH (n:$($label))<-[:$($relationship)]-(s) RETURN s
  UNION
  MATCH (n)-[:$($relationship)]->(:$($label)) RETURN n AS s
}
WITH DISTINCT s
MATCH (s)-[r:$($relationship)]->(f:$($label))
WHERE f[$measure] IS NOT NULL AND r.factKey IS NOT NULL
CALL (f) {
  MATCH (f)-[m:$($mention)]->()
  RETURN collect(m {.documentId, .quote, .start, .end}) AS mentions
}
RETURN s.id AS subject, f.id AS id, f[$measure] AS measure, [name IN $alike | f[name]] AS alike, f[$value] AS value,
       f[$asOfStart] AS asOfStart, type(r) AS type, r.id AS factId, r.factKey AS factKey, r.recordedAt AS recordedAt, mentions
