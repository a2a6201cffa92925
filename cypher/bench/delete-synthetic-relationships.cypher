// Removes the relationships of the graph that `npm run generate` wrote: each synthetic node's outgoing
// ones, a batch of nodes per transaction. A synthetic node has a few outgoing relationships and may
// have tens of thousands incoming (a hub), so deleting nodes with all of theirs would put a hub's in
// one transaction, past Neo4j's transaction memory at scale 4.
MATCH (n:Node)
WHERE n.synthetic = true
CALL (n) {
  MATCH (n)-[r]->()
  DELETE r
} IN TRANSACTIONS OF 2000 ROWS
