import { createDocumentMemory, type DocumentMemory } from "../../../src/extract/document-memory";
import type { DraftEntity } from "../../../src/extract/drafts";
import { agreementsPattern } from "../../../src/extract/patterns/agreements.pattern";
import { corporateLinksPattern } from "../../../src/extract/patterns/corporate-links.pattern";
import { eventAppearancesPattern } from "../../../src/extract/patterns/event-appearances.pattern";
import { facilitiesPattern } from "../../../src/extract/patterns/facilities.pattern";
import { figuresPattern } from "../../../src/extract/patterns/figures.pattern";
import { happeningsPattern } from "../../../src/extract/patterns/happenings.pattern";
import { headquartersPattern } from "../../../src/extract/patterns/headquarters.pattern";
import { SENTENCE_PATTERNS, type SentencePattern } from "../../../src/extract/patterns";
import { positionsPattern } from "../../../src/extract/patterns/positions.pattern";
import { productsPattern } from "../../../src/extract/patterns/products.pattern";
import { salesPattern } from "../../../src/extract/patterns/sales.pattern";
import { scanSentence } from "../../../src/extract/patterns/sentence-scan";
import { recognizeEntities } from "../../../src/extract/recognize-entities";

const REFERENCE = new Date("2024-06-04T12:00:00Z");

/**
 * Runs patterns over one sentence whose mentions the recogniser finds, each name its own entity with
 * the name as its ref, and returns the facts as readable triples and the drafts.
 */
function read(text: string, patterns: SentencePattern[], memory: DocumentMemory = createDocumentMemory(null)): { facts: string[]; drafts: DraftEntity[] } {
  const sentence = { index: 0, text, start: 0, end: text.length };
  const mentions = recognizeEntities(text, sentence, { labelOf: () => null }).map((mention) => ({ ref: mention.text, mention }));
  const scan = scanSentence({ sentence, mentions, reference: REFERENCE }, memory);
  for (const pattern of patterns) pattern(scan);
  const nameOf = (ref: string) => memory.drafts.find((draft) => draft.ref === ref)?.name ?? ref;
  return { facts: memory.facts.map((fact) => `${nameOf(fact.from)} ${fact.type} ${nameOf(fact.to)}`), drafts: memory.drafts };
}

describe("the sentence patterns", () => {
  it("run in a fixed order, each once", () => {
    expect(new Set(SENTENCE_PATTERNS).size).toBe(10);
    expect(SENTENCE_PATTERNS.indexOf(headquartersPattern)).toBeLessThan(SENTENCE_PATTERNS.indexOf(agreementsPattern));
    expect(SENTENCE_PATTERNS.indexOf(facilitiesPattern)).toBeLessThan(SENTENCE_PATTERNS.indexOf(figuresPattern));
  });
});

describe("positionsPattern", () => {
  it("gives a person the title of an appositive at the company it names", () => {
    const { facts, drafts } = read("Roberto Talavera, director of batteries at CATL, said the plant would open.", [positionsPattern]);
    expect(facts).toEqual(["Roberto Talavera HOLDS_POSITION CATL"]);
    expect(drafts).toEqual([]);
  });
});

describe("corporateLinksPattern", () => {
  it("reads a brand from an appositive, child first", () => {
    expect(read("IVECO, the commercial vehicle brand of Iveco Group, sells trucks.", [corporateLinksPattern]).facts).toEqual(["IVECO BRAND_OF Iveco Group"]);
  });
});

describe("headquartersPattern", () => {
  it("bases the company after a place glued to -based", () => {
    expect(read("Beijing-based Foton Motor Co. sells trucks.", [headquartersPattern]).facts).toEqual(["Foton Motor Co. HEADQUARTERED_IN Beijing"]);
  });
});

describe("agreementsPattern", () => {
  it("makes a signed supply agreement between the named companies, dated and placed where it was signed", () => {
    const { facts, drafts } = read("Foton Motor Co. and Iveco Group signed a supply agreement in Madrid on March 3, 2025.", [agreementsPattern]);
    expect(facts).toEqual(["Foton Motor Co. PARTY_TO supply agreement", "Iveco Group PARTY_TO supply agreement", "supply agreement SIGNED_IN Madrid"]);
    expect(drafts).toEqual([
      expect.objectContaining({
        label: "Agreement",
        properties: { kind: "SUPPLY", status: "SIGNED" },
        dates: { signedOn: { value: "2025-03-03", text: "March 3, 2025" } },
      }),
    ]);
  });

  it("calls a plain contract an agreement of kind OTHER", () => {
    expect(read("Foton Motor Co. and Iveco Group signed a contract.", [agreementsPattern]).drafts).toEqual([
      expect.objectContaining({ properties: { kind: "OTHER", status: "SIGNED" } }),
    ]);
  });

  it("calls an agreement that operates ESTABLISHED, an agreement status, not a facility's OPERATING", () => {
    const { drafts } = read("The joint venture of Foton Motor Co. and Iveco Group operates in Mexico.", [agreementsPattern]);
    expect(drafts).toEqual([expect.objectContaining({ properties: { kind: "JOINT_VENTURE", status: "ESTABLISHED" } })]);
  });
});

describe("facilitiesPattern", () => {
  it("dates an opened plant by its opening, run by the company and located at the place after it", () => {
    const { facts, drafts } = read("Foton Motor Co. opened a plant in Jalisco in 2017.", [facilitiesPattern]);
    expect(facts).toEqual(["Foton Motor Co. OPERATES plant", "plant LOCATED_IN Jalisco"]);
    expect(drafts).toEqual([
      expect.objectContaining({ properties: { kind: "PLANT", status: "OPERATING" }, dates: { openedOn: { value: "2017", text: "2017" } } }),
    ]);
  });

  it("dates a planned plant by when it is expected to run", () => {
    const { drafts } = read("Polar Bus Group plans to build a plant in Poland in 2026.", [facilitiesPattern]);
    expect(drafts).toEqual([
      expect.objectContaining({ properties: { kind: "PLANT", status: "PLANNED" }, dates: { expectedOperational: { value: "2026", text: "2026" } } }),
    ]);
  });

  it("calls a plain site a facility of kind OTHER", () => {
    expect(read("Polar Bus Group plans a new site near Gdansk.", [facilitiesPattern]).drafts).toEqual([
      expect.objectContaining({ properties: { kind: "OTHER", status: "PLANNED" } }),
    ]);
  });
});

describe("productsPattern and happeningsPattern", () => {
  it("read a launched model, its developer, and the dated launch that featured it where it took place", () => {
    const { facts, drafts } = read("Foton Motor Co. said the NP6 launched in Europe on January 26, 2021.", [productsPattern, happeningsPattern]);
    expect(facts).toEqual([
      "Foton Motor Co. DEVELOPS NP6",
      "Foton Motor Co. PARTICIPATED_IN launched (January 26, 2021)",
      "launched (January 26, 2021) FEATURED NP6",
      "launched (January 26, 2021) LOCATED_IN Europe",
    ]);
    expect(drafts.map((draft) => [draft.label, draft.properties])).toEqual([
      ["Vehicle", { kind: "MODEL" }],
      ["Event", { kind: "LAUNCH" }],
    ]);
  });

  it("make the start of a partnership an event about the agreement", () => {
    const { facts } = read("Foton Motor Co. and Iveco Group set up the partnership in September 2017.", [agreementsPattern, happeningsPattern]);
    expect(facts).toContain("start (September 2017) CONCERNS partnership");
  });
});

describe("salesPattern", () => {
  it("sells in every market listed after the verb", () => {
    expect(read("Polar Bus Group sells its buses in Poland, Germany and the Czech Republic.", [salesPattern]).facts).toEqual([
      "Polar Bus Group SELLS_IN Poland",
      "Polar Bus Group SELLS_IN Germany",
      "Polar Bus Group SELLS_IN Czech Republic",
    ]);
  });
});

describe("figuresPattern", () => {
  it("puts a hedge word in the figure's bound, not its qualifier", () => {
    const { facts, drafts } = read("Polar Bus Group has delivered more than 2,500 buses.", [figuresPattern]);
    expect(facts).toEqual(["Polar Bus Group HAS_FIGURE more than 2,500 buses"]);
    expect(drafts).toEqual([expect.objectContaining({ properties: { value: 2500, unit: "buses", bound: "MORE_THAN" } })]);
  });
});

describe("eventAppearancesPattern", () => {
  it("makes a show an expo the company took part in, held in the place after it", () => {
    const { facts, drafts } = read("Foton Motor Co. showed its trucks at the IFAT Expo in Germany.", [eventAppearancesPattern]);
    expect(facts).toEqual(["Foton Motor Co. PARTICIPATED_IN IFAT Expo", "IFAT Expo LOCATED_IN Germany"]);
    expect(drafts).toEqual([expect.objectContaining({ label: "Event", properties: { kind: "EXPO" } })]);
  });
});
