// Removes what a document contributed before it is loaded again, or when it is deleted: its mentions,
// and its evidence on every fact it supports. A fact no other document supports goes; one that others
// support keeps their evidence and is returned in `touched` (its type, start node and fact key) to be
// merged again. `groups` names the start and end of every fact it touched, removed or not, so that
// supersession and conflicts can be worked out again. Returns the entities it used to mention, so
// orphans can be removed afterwards, and how many relationships went.
MERGE (d:Node:Document {id: $documentId})
WITH d
OPTIONAL MATCH (d)<-[:MENTIONED_IN]-(n)
WITH collect(DISTINCT n) AS mentioned
CALL (mentioned) {
  UNWIND mentioned AS n
  MATCH (n)-[r]-()
  WHERE $documentId IN coalesce(r.documentIds, [r.documentId])
  WITH DISTINCT r
  WITH r, coalesce(r.documentIds, [r.documentId]) AS ids, startNode(r).id AS from, endNode(r).id AS to
  WITH r, from, to, [i IN range(0, size(ids) - 1) WHERE ids[i] <> $documentId] AS kept
  WITH r, from, to, kept, type(r) AS type, r.factKey AS factKey
  FOREACH (_ IN CASE WHEN size(kept) = 0 THEN [1] ELSE [] END | DELETE r)
  FOREACH (_ IN CASE WHEN size(kept) > 0 THEN [1] ELSE [] END |
    SET r.evidence = [i IN kept | r.evidence[i]], r.documentIds = [i IN kept | r.documentIds[i]])
  RETURN sum(CASE WHEN size(kept) = 0 THEN 1 ELSE 0 END) AS removed,
         collect(CASE WHEN size(kept) > 0 THEN {type: type, from: from, factKey: factKey} END) AS touched,
         collect(CASE WHEN factKey IS NOT NULL THEN {type: type, from: from, to: to} END) AS groups
}
RETURN [n IN mentioned | n.id] AS previouslyMentioned, removed, touched, groups
