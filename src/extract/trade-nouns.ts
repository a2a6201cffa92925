/**
 * The nouns news uses for what a company is or does: "truck maker Dellmark", "the Polish firm",
 * "Norwegian bus operator Skarvhavn", "ampwise, a Munich startup". One list, so that the company
 * cues, the headquarters pattern and the references of a sentence agree on what a company is called.
 */
export const TRADE_NOUNS: readonly string[] = [
  "automaker",
  "bodybuilder",
  "builder",
  "busmaker",
  "carmaker",
  "carrier",
  "coachbuilder",
  "company",
  "conglomerate",
  "dealer",
  "developer",
  "distributor",
  "firm",
  "forwarder",
  "fund",
  "giant",
  "group",
  "haulier",
  "hauler",
  "holding",
  "integrator",
  "investor",
  "lender",
  "lessor",
  "maker",
  "manufacturer",
  "operator",
  "producer",
  "provider",
  "railway",
  "retailer",
  "shipbuilder",
  "shipper",
  "specialist",
  "start-up",
  "startup",
  "supplier",
  "truckmaker",
  "utility",
  "vendor",
];

/** `TRADE_NOUNS` as a regular-expression alternation, a group that captures nothing; `plural` also takes "makers", "operators". */
export function tradeNounSource(plural = false): string {
  return `(?:${TRADE_NOUNS.join("|")})${plural ? "s?" : ""}`;
}
