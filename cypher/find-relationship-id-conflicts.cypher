// Relationship ids of a document that another document already uses.
UNWIND $relationships AS r
MATCH ()-[x:$(r.type) {id: r.id}]->()
WHERE x.documentId <> $documentId
RETURN r.id AS id, x.documentId AS documentId
