import fs from "node:fs";

export interface OperationTimes {
  operationName: string;
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Requests of this operation that took longer than the slow threshold. */
  slow: number;
}

/**
 * Per-operation durations read from the server's JSON request log (one pino line per request), slowest
 * first. The load generator only sees latencies; this says which operation a slow request was, which
 * is what tells a contended write from a slow read.
 */
export function summariseRequestLog(file: string, slowMs: number): OperationTimes[] {
  const byName = new Map<string, number[]>();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.startsWith("{")) continue;
    let entry: { msg?: string; operationName?: string | null; durationMs?: number };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      continue;
    }
    if (entry.msg !== "graphql request" || typeof entry.durationMs !== "number") continue;
    const name = entry.operationName ?? "(anonymous)";
    byName.set(name, [...(byName.get(name) ?? []), entry.durationMs]);
  }
  const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return [...byName]
    .map(([operationName, times]) => {
      const sorted = [...times].sort((a, b) => a - b);
      return {
        operationName,
        count: sorted.length,
        p50Ms: at(sorted, 0.5),
        p99Ms: at(sorted, 0.99),
        maxMs: sorted[sorted.length - 1],
        slow: sorted.filter((t) => t > slowMs).length,
      };
    })
    .sort((a, b) => b.p99Ms - a.p99Ms);
}
