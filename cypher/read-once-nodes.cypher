// The nodes that happen once for what they concern (see LabelSpec.once): from the nodes $ids (those
// of label $label, or the subjects they point at through $relationship), every node of $label of one
// of $kinds that points at the same subject, with its date and the quotes that mention it.
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL (n) {
  MATCH (n:$($label))-[:$($relationship)]->(s) RETURN s
  UNION
  MATCH (n)<-[:$($relationship)]-(:$($label)) RETURN n AS s
}
WITH DISTINCT s
MATCH (s)<-[:$($relationship)]-(e:$($label))
WHERE e[$kind] IN $kinds
CALL (e) {
  MATCH (e)-[m:$($mention)]->()
  RETURN collect(m {.documentId, .quote, .start, .end}) AS mentions
}
RETURN s.id AS subject, e.id AS id, e[$kind] AS kind, e[$date] AS date, e[$dateText] AS dateText, mentions
