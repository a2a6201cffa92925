// Adds a document's claims to the facts they state: one relationship per fact key between two nodes,
// created by the first claim (with that claim's properties) and given each later claim's evidence.
// The merged properties (id, provenance, counts, validity) are worked out afterwards from all the
// evidence (see src/ingest/merge-claims.ts) and written by update-facts.cypher.
UNWIND $relationships AS r
MATCH (a:Node {id: r.from})
MATCH (b:Node {id: r.to})
MERGE (a)-[x:$(r.type) {factKey: r.factKey}]->(b)
ON CREATE SET x = r.properties, x.evidence = [], x.documentIds = []
SET x.evidence = x.evidence + r.claim, x.documentIds = x.documentIds + $documentId
RETURN count(DISTINCT x) AS relationships
