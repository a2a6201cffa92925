// One relationship type of find-relationship-id-conflicts; {{type}} comes from the RelationshipType
// enum. A fact that this document already supports, or that states the same fact (its key), is not a
// clash: the claim merges into it.
WITH r
WHERE r.type = '{{type}}'
MATCH ()-[x:{{type}} {id: r.id}]->()
WHERE NOT $documentId IN coalesce(x.documentIds, [x.documentId]) AND x.factKey <> r.factKey
RETURN x.documentId AS documentId
