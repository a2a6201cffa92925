import type { ConflictData, GraphEdgeData } from "./explorer-queries";

/**
 * The open conflict an edge takes part in, if any. A claim is a relationship (a single-valued fact
 * stated twice with different values) or a node (an event that should happen once per subject but
 * was reported twice), so an edge is contested when it is such a relationship or when it joins such
 * a node to the conflict's subject.
 */
export function contestedBy(edge: GraphEdgeData, conflicts: ConflictData[]): ConflictData | undefined {
  return conflicts.find((conflict) =>
    conflict.claims.some(
      (claim) =>
        claim.id === edge.id ||
        (claim.id === edge.sourceId && edge.targetId === conflict.subjectId) ||
        (claim.id === edge.targetId && edge.sourceId === conflict.subjectId),
    ),
  );
}
