// Removes the nodes of the graph that `npm run generate` wrote (they carry synthetic: true), in batches,
// after delete-synthetic-relationships; DETACH for a relationship another writer added to one of them.
MATCH (n:Node)
WHERE n.synthetic = true
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
