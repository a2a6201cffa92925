import type { MixQuery } from "./query-mix";

/** One as-of variant's cost: medians of requests sent alternately with its base query's. */
export interface AsOfCost {
  query: string;
  base: string;
  rounds: number;
  baseMedianMs: number;
  asOfMedianMs: number;
  ratio: number;
}

/** The target the time-and-evidence issue sets: an as-of traversal costs at most 1.3 times the same traversal without it. */
export const AS_OF_COST_TARGET = 1.3;

/** Each as-of variant ("5a ...", "5b ...") with its base query ("5 ..."), for those of the mix whose base is in it too. */
export function asOfPairs(mix: MixQuery[]): { variant: MixQuery; base: MixQuery }[] {
  return mix.flatMap((variant) => {
    const number = /^(\d+)[a-z] /.exec(variant.name)?.[1];
    const base = number ? mix.find((query) => query.name.startsWith(`${number} `)) : undefined;
    return base ? [{ variant, base }] : [];
  });
}

/**
 * Measures what asOf costs by sending each variant and its base query alternately, one request at a
 * time, and comparing medians. Runs of autocannon one after the other would compare a query against
 * another measured seconds earlier, with another page cache and other load on a shared machine; the
 * alternation exposes both to the same conditions. The order within a round flips every round.
 */
export async function measureAsOfCost(url: string, mix: MixQuery[], rounds: number): Promise<AsOfCost[]> {
  const costs: AsOfCost[] = [];
  for (const { variant, base } of asOfPairs(mix)) {
    const times = { base: [] as number[], variant: [] as number[] };
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? (["base", "variant"] as const) : (["variant", "base"] as const);
      for (const which of order) times[which].push(await timeRequest(url, which === "base" ? base.ours : variant.ours));
    }
    const [baseMedianMs, asOfMedianMs] = [median(times.base), median(times.variant)];
    costs.push({ query: variant.name, base: base.name, rounds, baseMedianMs, asOfMedianMs, ratio: asOfMedianMs / baseMedianMs });
  }
  return costs;
}

/** The report's lines for the as-of costs; none when no variant ran with its base. */
export function asOfCostLines(costs: AsOfCost[]): string[] {
  if (costs.length === 0) return [];
  const lines = costs.map(
    (cost) =>
      `${cost.query}: ${cost.ratio.toFixed(2)} x query ${cost.base.split(" ")[0]} (${cost.asOfMedianMs.toFixed(1)} against ${cost.baseMedianMs.toFixed(1)} ms, target <= ${AS_OF_COST_TARGET.toFixed(2)})`,
  );
  return ["", `As-of cost, median of ${costs[0].rounds} requests each, sent alternately with the same traversal without asOf:`, ...lines];
}

async function timeRequest(url: string, body: MixQuery["ours"]): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const result = (await response.json()) as { errors?: { message: string }[] };
  if (!response.ok || result.errors) throw new Error(`the as-of cost request failed: ${result.errors?.[0]?.message ?? response.status}`);
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
