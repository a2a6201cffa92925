// Recomputes each entity's aliases and lookup keys from all the documents that mention it, and
// removes an entity that no document mentions any more.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE NOT n:Document
CALL (n) {
  OPTIONAL MATCH (n)-[m:MENTIONED_IN]->()
  WITH m ORDER BY m.documentId
  UNWIND coalesce(m.aliases, []) AS alias
  RETURN collect(DISTINCT alias) AS aliases
}
CALL (n) {
  OPTIONAL MATCH (n)-[m:MENTIONED_IN]->()
  UNWIND coalesce(m.nameKeys, []) AS key
  RETURN collect(DISTINCT key) AS keys
}
WITH n, aliases, keys
CALL (n, aliases, keys) {
  WITH n, aliases, keys WHERE size(keys) > 0
  SET n.aliases = [alias IN aliases WHERE alias <> n.name], n.nameKeys = keys
}
CALL (n, keys) {
  WITH n, keys WHERE size(keys) = 0
  DETACH DELETE n
}
RETURN count(*) AS refreshed
