// Relationship ids of a document that another document already uses. {{branches}} holds one
// find-relationship-id-conflicts-branch per fact type of the model, so that each lookup uses that
// type's unique-id index and every document sends the same text (planned once).
UNWIND $relationships AS r
CALL (r) {
  {{branches}}
}
RETURN r.id AS id, documentId
