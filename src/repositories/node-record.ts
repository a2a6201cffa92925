/** A node as the repositories return it: its label and its Neo4j properties, as plain values. */
export interface NodeRecord {
  label: string;
  properties: Record<string, unknown>;
}

/** A relationship read from one of its ends, with the node at the other end. */
export interface RelatedRecord {
  relationship: {
    type: string;
    direction: "OUTGOING" | "INCOMING";
    properties: Record<string, unknown>;
    source: string;
    target: string;
    /**
     * The knownAsOf the relationship was read with, when the read took one: its properties are then
     * as the graph knew them at that time (see factAsKnownAt), and what is read from it (what
     * supersedes it, what it supersedes) is read as of the same time.
     */
    knownAsOf?: string;
  };
  node: NodeRecord;
}

/** A relationship with the ids of its two ends. */
export type EdgeRecord = Omit<RelatedRecord["relationship"], "direction">;
