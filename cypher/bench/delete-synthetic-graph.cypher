// Removes the graph that `npm run generate` wrote (its nodes carry synthetic: true), in batches.
MATCH (n:Node)
WHERE n.synthetic = true
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
