import { createDocumentMemory, type DocumentMemory } from "../../../src/extract/document-memory";
import type { DraftEntity } from "../../../src/extract/drafts";
import { agreementCoversPattern, agreementsPattern } from "../../../src/extract/patterns/agreements.pattern";
import { corporateLinksPattern } from "../../../src/extract/patterns/corporate-links.pattern";
import { eventAppearancesPattern } from "../../../src/extract/patterns/event-appearances.pattern";
import { facilitiesPattern, facilityProductsPattern } from "../../../src/extract/patterns/facilities.pattern";
import { figuresPattern } from "../../../src/extract/patterns/figures.pattern";
import { headquartersPattern } from "../../../src/extract/patterns/headquarters.pattern";
import { readSentenceFacts, SENTENCE_PATTERNS, type SentencePattern } from "../../../src/extract/patterns";
import { launchesAndStartsPattern } from "../../../src/extract/patterns/launches-and-starts.pattern";
import { positionsPattern } from "../../../src/extract/patterns/positions.pattern";
import { productsPattern } from "../../../src/extract/patterns/products.pattern";
import { salesPattern } from "../../../src/extract/patterns/sales.pattern";
import { scanSentence } from "../../../src/extract/patterns/sentence-scan";
import { recognizeEntities } from "../../../src/extract/recognize-entities";

const REFERENCE = new Date("2024-06-04T12:00:00Z");

type Read = { facts: string[]; drafts: DraftEntity[] };

/**
 * Runs over one sentence whose mentions the recogniser finds, each name its own entity with the name
 * as its ref, either the given patterns in the given order or, with "runner", the sentence runner
 * (`readSentenceFacts`, every pattern in its order); returns the facts as readable triples and the drafts.
 */
function read(text: string, patterns: SentencePattern[] | "runner", memory: DocumentMemory = createDocumentMemory(null)): Read {
  const sentence = { index: 0, text, start: 0, end: text.length };
  const mentions = recognizeEntities(text, sentence, { labelOf: () => null }).map((mention) => ({ ref: mention.text, mention }));
  const ctx = { sentence, mentions, reference: REFERENCE };
  if (patterns === "runner") readSentenceFacts(ctx, memory);
  else {
    const scan = scanSentence(ctx, memory);
    for (const pattern of patterns) pattern(scan);
  }
  const nameOf = (ref: string) => memory.drafts.find((draft) => draft.ref === ref)?.name ?? ref;
  return { facts: memory.facts.map((fact) => `${nameOf(fact.from)} ${fact.type} ${nameOf(fact.to)}`), drafts: memory.drafts };
}

describe("the sentence patterns", () => {
  it("run in this order, each once", () => {
    expect(SENTENCE_PATTERNS).toEqual([
      positionsPattern,
      corporateLinksPattern,
      headquartersPattern,
      agreementsPattern,
      facilitiesPattern,
      productsPattern,
      facilityProductsPattern,
      agreementCoversPattern,
      launchesAndStartsPattern,
      salesPattern,
      figuresPattern,
      eventAppearancesPattern,
    ]);
  });
});

/**
 * Each test reads a sentence through the runner, then shows that the fact depends on the order: the
 * later pattern run without (or before) the earlier one reads the sentence otherwise.
 */
describe("the sentence runner's order", () => {
  it("takes agreements before facilities: a signing place is no candidate site", () => {
    const text = "Foton Motor Co. and Iveco Group signed a supply agreement in Madrid; Valencia is being considered for a new plant.";
    const { facts } = read(text, "runner");
    expect(facts).toEqual(expect.arrayContaining(["supply agreement SIGNED_IN Madrid", "plant CANDIDATE_LOCATION Valencia"]));
    expect(facts).not.toContain("plant CANDIDATE_LOCATION Madrid");
    expect(read(text, [facilitiesPattern, agreementsPattern]).facts).toContain("plant CANDIDATE_LOCATION Madrid");
  });

  it("takes agreements before sales: a signing place is no sales market", () => {
    const text = "Foton Motor Co., which sells trucks across Europe, signed a supply agreement with Iveco Group in Madrid.";
    const { facts } = read(text, "runner");
    expect(facts).toEqual(expect.arrayContaining(["supply agreement SIGNED_IN Madrid", "Foton Motor Co. SELLS_IN Europe"]));
    expect(facts).not.toContain("Foton Motor Co. SELLS_IN Madrid");
    expect(read(text, [salesPattern, agreementsPattern]).facts).toContain("Foton Motor Co. SELLS_IN Madrid");
  });

  it("takes products before agreement covers: the agreement covers the sentence's model", () => {
    const text = "Freightline Partners has ordered 150 eLX 600 tractors from Valder Trucks.";
    expect(read(text, "runner").facts).toContain("ordered COVERS eLX 600");
    expect(read(text, [agreementsPattern, agreementCoversPattern, productsPattern]).facts).not.toContain("ordered COVERS eLX 600");
  });

  it("takes products before launches: the launch features the sentence's vehicle", () => {
    const text = "Foton Motor Co. launched the NP6 in Europe on January 26, 2021.";
    expect(read(text, "runner").facts).toContain("launched (January 26, 2021) FEATURED NP6");
    expect(read(text, [launchesAndStartsPattern, productsPattern]).facts).not.toContain("launched (January 26, 2021) FEATURED NP6");
  });

  it("takes products before sales: a vehicle said to be sold is the seller, not its maker", () => {
    const text = "Foton Motor Co. said its NP6 is sold in Germany and Norway.";
    const { facts } = read(text, "runner");
    expect(facts).toEqual(expect.arrayContaining(["NP6 SELLS_IN Germany", "NP6 SELLS_IN Norway"]));
    expect(facts).not.toContain("Foton Motor Co. SELLS_IN Germany");
    expect(read(text, [salesPattern, productsPattern]).facts).toContain("Foton Motor Co. SELLS_IN Germany");
  });

  it("takes products before event appearances: the show features the sentence's vehicle", () => {
    const text = "Foton Motor Co. unveiled the NP6 at the IFAT Expo in Germany.";
    expect(read(text, "runner").facts).toContain("IFAT Expo FEATURED NP6");
    expect(read(text, [eventAppearancesPattern, productsPattern]).facts).not.toContain("IFAT Expo FEATURED NP6");
  });

  it("takes facilities before figures: an investment figure is the facility's", () => {
    const text = "Lumen Energy will open a factory in Rayong in 2026 with an investment of $1.5 billion.";
    const { facts } = read(text, "runner");
    expect(facts).toContain("factory HAS_FIGURE $1.5 billion");
    expect(facts).not.toContain("Lumen Energy HAS_FIGURE $1.5 billion");
    expect(read(text, [figuresPattern, facilitiesPattern]).facts).toContain("Lumen Energy HAS_FIGURE $1.5 billion");
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

  it("bases a company in apposition to an -based phrase, not the company after it", () => {
    const { facts } = read("Voltix Inc., the Austin-based maker of chargers, signed a deal with Bayline Freight Corp.", [headquartersPattern]);
    expect(facts).toEqual(["Voltix Inc. HEADQUARTERED_IN Austin"]);
  });

  it.each([
    ["Norwegian bus operator Skarvhavn Trafikk has ordered buses.", "Skarvhavn Trafikk HEADQUARTERED_IN Norwegian"],
    ["Mexican power electronics maker Grupo Tensa builds cabinets.", "Grupo Tensa HEADQUARTERED_IN Mexican"],
    ["Caravela buys axles from Kestrup Drive Systems, a Danish supplier.", "Kestrup Drive Systems HEADQUARTERED_IN Danish"],
    ["Caravela buys cells from Kanhwa Cell of South Korea.", "Kanhwa Cell HEADQUARTERED_IN South Korea"],
  ])("bases the company a country word stands next to: %j", (text, fact) => {
    expect(read(text, [headquartersPattern]).facts).toEqual([fact]);
  });

  it("bases no company on a country word that only qualifies a market or a product", () => {
    expect(read("Caravela Trucks sells its trucks in the Brazilian market.", [headquartersPattern]).facts).toEqual([]);
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
  it.each(["Arcadia Motors opened a plant in Monterrey in 2017.", "Arcadia Motors opened a plant in Monterrey, Mexico, in 2017."])(
    "calls the plant of %j OPERATING, dated by its opening",
    (text) => {
      expect(read(text, [facilitiesPattern]).drafts).toEqual([
        expect.objectContaining({ properties: { kind: "PLANT", status: "OPERATING" }, dates: { openedOn: { value: "2017", text: "2017" } } }),
      ]);
    },
  );

  it("runs a plant by the company and locates it at the place right after it, not at the country that contains that place", () => {
    const { facts } = read("Arcadia Motors opened a plant in Monterrey, Mexico, in 2017.", [facilitiesPattern]);
    expect(facts).toEqual(["Arcadia Motors OPERATES plant", "plant LOCATED_IN Monterrey"]);
  });

  it("locates a plant at an unknown town right after it, even with a date after the town", () => {
    const { facts } = read("Tarvik Motors will build the truck at its plant in Chakan from 2027.", [facilitiesPattern]);
    expect(facts).toEqual(["Tarvik Motors OPERATES plant", "plant LOCATED_IN Chakan"]);
  });

  it("takes a name listed with a town for a town", () => {
    const mentions = recognizeEntities(
      "Skarvhavn Trafikk runs buses in Bergen and Trollvika.",
      { index: 0, text: "Skarvhavn Trafikk runs buses in Bergen and Trollvika.", start: 0, end: 53 },
      { labelOf: () => null },
    );
    expect(mentions.filter((mention) => mention.label === "Market").map((mention) => mention.text)).toEqual(["Bergen", "Trollvika"]);
  });

  it("locates a plant at the town that is also the company's headquarters", () => {
    const { facts } = read("Corvo Vehicles, based in Puebla, builds vans at its plant in Puebla.", [headquartersPattern, facilitiesPattern]);
    expect(facts).toEqual(expect.arrayContaining(["Corvo Vehicles HEADQUARTERED_IN Puebla", "plant LOCATED_IN Puebla"]));
  });

  it.each([
    ["a cross-dock hub in Duisburg", "cross-dock hub", "DISTRIBUTION_CENTER"],
    ["a depot in Chiasso", "depot", "DISTRIBUTION_CENTER"],
    ["a service centre in Como", "service centre", "OTHER"],
  ])("reads %j as a facility of its kind, at its place", (phrase, name, kind) => {
    const { facts, drafts } = read(`Freightline Partners has opened ${phrase}.`, [facilitiesPattern]);
    expect(drafts).toEqual([expect.objectContaining({ label: "Facility", name, properties: expect.objectContaining({ kind }) })]);
    expect(facts).toContain(`${name} LOCATED_IN ${phrase.split(" in ")[1]}`);
  });

  it("calls a planned plant PLANNED even when it says it will be operating, dated by when it is expected to run", () => {
    const { facts, drafts } = read("Foton Motor Co. plans a plant in Jalisco that will be operating by 2026.", [facilitiesPattern]);
    expect(facts).toEqual(["Foton Motor Co. OPERATES plant", "plant LOCATED_IN Jalisco"]);
    expect(drafts).toEqual([
      expect.objectContaining({ properties: { kind: "PLANT", status: "PLANNED" }, dates: { expectedOperational: { value: "2026", text: "2026" } } }),
    ]);
  });

  it("gives a plant the ordinal before it: its first plant, a second Mexican factory", () => {
    const ordinals = (text: string) => read(text, [facilitiesPattern]).drafts.map((draft) => (draft.properties as { ordinal?: number }).ordinal);
    expect(ordinals("Foton Motor Co. opened its first Mexico plant in Jalisco in 2017.")).toEqual([1]);
    expect(ordinals("Foton Motor Co. weighs a second Mexican factory.")).toEqual([2]);
    expect(ordinals("Foton Motor Co. plans a plant in Poland.")).toEqual([undefined]);
  });

  it("never dates a plant by the day the news was reported", () => {
    const text = "Electric bus maker Polar Bus Sp. z o.o. plans to build its second plant in Poland, the company said on Thursday.";
    const { facts, drafts } = read(text, [facilitiesPattern]);
    expect(facts).toContain("plant LOCATED_IN Poland");
    expect(drafts).toEqual([expect.objectContaining({ properties: { kind: "PLANT", status: "PLANNED", ordinal: 2 }, dates: {} })]);
    expect(read("Polar Bus Group plans a plant in Poland, the company said in March 2024.", [facilitiesPattern]).drafts).toEqual([
      expect.objectContaining({ dates: {} }),
    ]);
  });

  it("leaves a date after a later facility to that facility", () => {
    const text = "The pickup was developed at the technical center of Arcadia Motors in Austin and will be built at its assembly plant in Monterrey from 2026.";
    expect(read(text, [facilitiesPattern]).drafts.map((draft) => [draft.name, draft.dates])).toEqual([
      ["technical center", {}],
      ["plant", { expectedOperational: { value: "2026", text: "2026" } }],
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

describe("productsPattern and launchesAndStartsPattern", () => {
  it("read a launched model, its developer, and the dated launch that featured it where it took place", () => {
    const { facts, drafts } = read("Foton Motor Co. said the NP6 launched in Europe on January 26, 2021.", [productsPattern, launchesAndStartsPattern]);
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
    const { facts } = read("Foton Motor Co. and Iveco Group set up the partnership in September 2017.", [agreementsPattern, launchesAndStartsPattern]);
    expect(facts).toContain("start (September 2017) CONCERNS partnership");
  });
});

describe("salesPattern", () => {
  it("reads past an abbreviation's full stop, and sells the model that is the verb's object", () => {
    const { facts } = read("Keystone Motor Works sells the battery-electric K-HAUL E8 in the U.S. and Canada.", [productsPattern, salesPattern]);
    expect(facts).toEqual(
      expect.arrayContaining([
        "Keystone Motor Works SELLS_IN U.S.",
        "Keystone Motor Works SELLS_IN Canada",
        "K-HAUL E8 SELLS_IN U.S.",
        "K-HAUL E8 SELLS_IN Canada",
      ]),
    );
  });

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
