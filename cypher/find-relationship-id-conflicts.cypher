// Relationship ids of a document that another document already uses. {{branches}} holds one
// find-relationship-id-conflicts-branch per relationship type of the document, so that each lookup
// uses that type's unique-id index.
UNWIND $relationships AS r
CALL (r) {
  {{branches}}
}
RETURN r.id AS id, documentId
