// The claims of some facts, each found from its start node by type and fact key, with what the
// loader knows of the documents that make them (when each was recorded, its publisher and grade).
UNWIND $facts AS f
MATCH (a:Node {id: f.from})-[r:$(f.type) {factKey: f.factKey}]->()
CALL (r) {
  UNWIND r.documentIds AS documentId
  WITH DISTINCT documentId
  MATCH (d:Document {id: documentId})
  RETURN collect({id: d.id, recordedAt: d.recordedAt, publisher: d.publisher, reliability: d.reliability}) AS documents
}
RETURN f.type AS type, f.from AS from, f.factKey AS factKey, r.evidence AS evidence, documents
