// Removes what a document contributed before it is loaded again: every relationship it supports
// (mentions included). Returns the entities it used to mention, so orphans can be removed afterwards,
// and how many relationships went.
MERGE (d:Node:Document {id: $documentId})
WITH d
OPTIONAL MATCH (d)<-[:MENTIONED_IN]-(n)
WITH collect(DISTINCT n) AS mentioned
CALL (mentioned) {
  UNWIND mentioned AS n
  MATCH (n)-[r]-()
  WHERE r.documentId = $documentId
  WITH DISTINCT r
  DELETE r
  RETURN count(*) AS removed
}
RETURN [n IN mentioned | n.id] AS previouslyMentioned, removed
