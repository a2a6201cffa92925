// Removes what a document contributed before it is loaded again, or when it is deleted: its mentions,
// and its evidence on every fact it supports. A fact no other document supports goes; one that others
// support keeps their evidence and is returned in `touched` (its type, start node and fact key) to be
// merged again. `groups` names the start and end of every fact it touched, removed or not, so that
// supersession and conflicts can be worked out again. Returns the entities it used to mention, so
// orphans can be removed afterwards, and how many relationships went. Everything is read before
// anything is deleted.
MERGE (d:Node:Document {id: $documentId})
WITH d
OPTIONAL MATCH (d)<-[:$($mention)]-(n)
WITH collect(DISTINCT n) AS mentioned
CALL (mentioned) {
  UNWIND mentioned AS n
  MATCH (n)-[r]-()
  WHERE $documentId IN coalesce(r.documentIds, [r.documentId])
  WITH DISTINCT r
  WITH r, coalesce(r.documentIds, [r.documentId]) AS ids
  WITH collect({r: r, type: type(r), from: startNode(r).id, to: endNode(r).id, factKey: r.factKey,
                kept: [i IN range(0, size(ids) - 1) WHERE ids[i] <> $documentId]}) AS rows
  CALL (rows) {
    UNWIND rows AS row
    WITH row WHERE size(row.kept) > 0
    WITH row.r AS r, row.kept AS kept
    SET r.evidence = [i IN kept | r.evidence[i]], r.documentIds = [i IN kept | r.documentIds[i]]
  }
  CALL (rows) {
    UNWIND rows AS row
    WITH row WHERE size(row.kept) = 0
    WITH row.r AS r
    DELETE r
  }
  RETURN size([row IN rows WHERE size(row.kept) = 0]) AS removed,
         [row IN rows WHERE size(row.kept) > 0 | {type: row.type, from: row.from, factKey: row.factKey}] AS touched,
         [row IN rows WHERE row.factKey IS NOT NULL | {type: row.type, from: row.from, to: row.to}] AS groups
}
RETURN [n IN mentioned | n.id] AS previouslyMentioned, removed, touched, groups
