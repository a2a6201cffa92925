/** One colour per node label, shared by the drawing and its legend. */
export const LABEL_COLOURS: Record<string, string> = {
  Company: "#2563eb",
  Person: "#db2777",
  Vehicle: "#0891b2",
  Market: "#16a34a",
  Agreement: "#ea580c",
  Facility: "#7c3aed",
  Event: "#ca8a04",
  Figure: "#64748b",
  Document: "#475569",
};
