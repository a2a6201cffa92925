// One relationship type of find-relationship-id-conflicts; {{type}} comes from the RelationshipType
// enum. A relationship id names one document's claim: a fact with that id that this document does not
// support belongs to another document, even when it states the same fact.
WITH r
WHERE r.type = '{{type}}'
MATCH ()-[x:{{type}} {id: r.id}]->()
WHERE NOT $documentId IN coalesce(x.documentIds, [x.documentId])
RETURN x.documentId AS documentId
