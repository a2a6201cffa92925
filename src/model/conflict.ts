import { defineEnum } from "./model-spec";

/**
 * Where sources disagree is kept as a node of its own, outside the entity graph (it has no Node
 * label, so no entity query, traversal or export sees it): one per subject and disputed value, with
 * every claim. Cypher files name the label and properties literally; these are the names they use.
 */
export const CONFLICT_LABEL = "Conflict";

/** The stored properties of a conflict node. Claims are JSON strings: each claim's id, value and evidence. */
export const CONFLICT_PROPERTY = {
  id: "id",
  subjectId: "subjectId",
  disputed: "disputed",
  claims: "claims",
  claimIds: "claimIds",
  status: "status",
  preferredClaim: "preferredClaim",
  resolvedBy: "resolvedBy",
  resolvedAt: "resolvedAt",
  note: "note",
  createdAt: "createdAt",
} as const;

export const CONFLICT_STATUS = defineEnum({
  name: "ConflictStatus",
  description: "Whether somebody has said which claim of a conflict they prefer.",
  values: {
    OPEN: "Nobody has resolved it yet.",
    RESOLVED: "Somebody preferred one claim, with a note saying why; every claim is still kept.",
  },
});

export type ConflictStatus = keyof typeof CONFLICT_STATUS.values;
