// One relationship type of find-relationship-id-conflicts; {{type}} comes from the RelationshipType enum.
WITH r
WHERE r.type = '{{type}}'
MATCH ()-[x:{{type}} {id: r.id}]->()
WHERE x.documentId <> $documentId
RETURN x.documentId AS documentId
