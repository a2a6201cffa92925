import { createDocumentMemory, type DocumentMemory } from "../../../src/extract/document-memory";
import type { DraftEntity, DraftFact } from "../../../src/extract/drafts";
import { extractDocument } from "../../../src/extract/extract-document";
import type { KnownEntity, KnownNeighbour } from "../../../src/extract/extraction";
import { resolveDrafts } from "../../../src/extract/resolve-drafts";

const FOTON = "company:foton";
const MEXICO = "market:mexico";
const JALISCO = "market:jalisco";

/** The graph near Foton: two Mexico plants, the second's investment, a sales goal, and two lines of electric trucks. */
const NEIGHBOURS: KnownNeighbour[] = [
  {
    id: "facility:plant-1",
    label: "Facility",
    name: "Foton first Mexico plant (Jalisco)",
    properties: { kind: "PLANT", ordinal: 1 },
    facts: [
      { type: "OPERATES", from: FOTON, to: "facility:plant-1" },
      { type: "LOCATED_IN", from: "facility:plant-1", to: JALISCO },
    ],
  },
  {
    id: "facility:plant-2",
    label: "Facility",
    name: "Foton second Mexico plant (planned)",
    properties: { kind: "PLANT", ordinal: 2 },
    facts: [
      { type: "OPERATES", from: FOTON, to: "facility:plant-2" },
      { type: "LOCATED_IN", from: "facility:plant-2", to: MEXICO },
      { type: "HAS_FIGURE", from: "facility:plant-2", to: "figure:plant-2-investment" },
      { type: "PRODUCES", from: "facility:plant-2", to: "vehicle:electric-trucks-mexico" },
    ],
  },
  {
    id: "figure:plant-2-investment",
    label: "Figure",
    name: "Estimated investment in the second plant",
    properties: { metric: "estimated investment", value: 1e9, unit: "USD" },
    facts: [{ type: "HAS_FIGURE", from: "facility:plant-2", to: "figure:plant-2-investment" }],
  },
  {
    id: "figure:sales-goal",
    label: "Figure",
    name: "Electric units sales goal",
    properties: { metric: "electric units sold", value: 3000, unit: "units" },
    facts: [{ type: "HAS_FIGURE", from: FOTON, to: "figure:sales-goal" }],
  },
  {
    id: "vehicle:electric-trucks-mexico",
    label: "Vehicle",
    name: "Foton electric trucks sold in Mexico",
    properties: { kind: "PRODUCT_LINE" },
    facts: [
      { type: "PRODUCES", from: "facility:plant-2", to: "vehicle:electric-trucks-mexico" },
      { type: "SELLS_IN", from: "vehicle:electric-trucks-mexico", to: MEXICO },
    ],
  },
  {
    id: "vehicle:european-electric-trucks",
    label: "Vehicle",
    name: "Foton pure electric trucks for Europe",
    properties: { kind: "PRODUCT_LINE" },
    facts: [{ type: "DEVELOPS", from: FOTON, to: "vehicle:european-electric-trucks" }],
  },
];

/** An article's memory with the given drafts and facts; m0 is Foton (the focus), m1 Mexico, m2 Jalisco, m3 another company. */
function memoryWith(drafts: Omit<DraftEntity, "sentence" | "confidence" | "dates">[], facts: [DraftFact["type"], string, string][]): DocumentMemory {
  const memory = createDocumentMemory("m0");
  for (const draft of drafts) memory.drafts.push({ dates: {}, sentence: 0, confidence: 0.6, ...draft } as DraftEntity);
  for (const [type, from, to] of facts) memory.facts.push({ type, from, to, sentence: 0, properties: {}, confidence: 0.6 });
  return memory;
}

const CLUSTERS = new Map([
  ["m0", FOTON],
  ["m1", MEXICO],
  ["m2", JALISCO],
  ["m3", "company:volta-cells"],
]);
const resolve = (memory: DocumentMemory) => resolveDrafts(memory, CLUSTERS, NEIGHBOURS);

describe("resolveDrafts", () => {
  it("takes a plant of the same operator with the same ordinal as the graph's plant, wherever the article places it", () => {
    const memory = memoryWith(
      [
        { ref: "d0", label: "Facility", name: "plant", properties: { kind: "PLANT", ordinal: 1 } },
        { ref: "d1", label: "Facility", name: "factory", properties: { kind: "PLANT", ordinal: 2 } },
        { ref: "d2", label: "Facility", name: "plant", properties: { kind: "PLANT", ordinal: 3 } },
      ],
      [
        ["OPERATES", "m0", "d0"],
        ["LOCATED_IN", "d0", "m1"],
        ["OPERATES", "m0", "d1"],
        ["OPERATES", "m0", "d2"],
        ["LOCATED_IN", "d2", "m1"],
      ],
    );
    expect(resolve(memory).known).toEqual(
      new Map([
        ["d0", "facility:plant-1"],
        ["d1", "facility:plant-2"],
      ]),
    );
  });

  it("takes a plant without an ordinal at the same place as the graph's plant, but never another operator's", () => {
    const memory = memoryWith(
      [
        { ref: "d0", label: "Facility", name: "plant", properties: { kind: "PLANT" } },
        { ref: "d1", label: "Facility", name: "plant", properties: { kind: "PLANT" } },
      ],
      [
        ["OPERATES", "m0", "d0"],
        ["LOCATED_IN", "d0", "m2"],
        ["OPERATES", "m3", "d1"],
        ["LOCATED_IN", "d1", "m2"],
      ],
    );
    expect(resolve(memory).known).toEqual(new Map([["d0", "facility:plant-1"]]));
  });

  it("joins two drafts of one plant within the article: a second factory and a second plant of the same operator", () => {
    const memory = memoryWith(
      [
        { ref: "d0", label: "Facility", name: "factory", properties: { kind: "PLANT", ordinal: 2 } },
        { ref: "d1", label: "Facility", name: "plant", properties: { kind: "PLANT", ordinal: 2 } },
      ],
      [
        ["OPERATES", "m3", "d0"],
        ["OPERATES", "m3", "d1"],
      ],
    );
    const { known, sameAs } = resolve(memory);
    expect(known.size).toBe(0);
    expect(sameAs).toEqual(new Map([["d1", "d0"]]));
  });

  it("takes a figure of the same subject, value and unit as the graph's figure, after its plant resolved", () => {
    const memory = memoryWith(
      [
        { ref: "d0", label: "Facility", name: "plant", properties: { kind: "PLANT", ordinal: 2 } },
        { ref: "d1", label: "Figure", name: "more than $1 billion", properties: { value: 1e9, unit: "USD", bound: "MORE_THAN" } },
        { ref: "d2", label: "Figure", name: "3,000 electric units", properties: { value: 3000, unit: "electric units" } },
        { ref: "d3", label: "Figure", name: "$2 billion", properties: { value: 2e9, unit: "USD" } },
      ],
      [
        ["OPERATES", "m0", "d0"],
        ["HAS_FIGURE", "d0", "d1"],
        ["HAS_FIGURE", "m0", "d2"],
        ["HAS_FIGURE", "d0", "d3"],
      ],
    );
    expect(resolve(memory).known).toEqual(
      new Map([
        ["d0", "facility:plant-2"],
        ["d1", "figure:plant-2-investment"],
        ["d2", "figure:sales-goal"],
      ]),
    );
  });

  it("never takes a figure of another subject as the graph's, even with the same value and unit", () => {
    const memory = memoryWith([{ ref: "d0", label: "Figure", name: "$1 billion", properties: { value: 1e9, unit: "USD" } }], [["HAS_FIGURE", "m0", "d0"]]);
    expect(resolve(memory).known.size).toBe(0);
  });

  it("takes a restated product of the main company, told apart from its other electric trucks by market, as the graph's product", () => {
    const memory = memoryWith(
      [
        { ref: "d0", label: "Vehicle", name: "electric trucks", properties: { kind: "PRODUCT_LINE" } },
        { ref: "d1", label: "Vehicle", name: "pure electric trucks", properties: { kind: "PRODUCT_LINE" } },
      ],
      [
        ["DEVELOPS", "m0", "d0"],
        ["SELLS_IN", "d1", "m1"],
      ],
    );
    const { known, sameAs } = resolve(memory);
    expect(sameAs).toEqual(new Map([["d1", "d0"]]));
    expect(known).toEqual(
      new Map([
        ["d0", "vehicle:electric-trucks-mexico"],
        ["d1", "vehicle:electric-trucks-mexico"],
      ]),
    );
  });

  it("leaves a product new when two of the maker's products fit and no market tells them apart, or when one word is all it says", () => {
    const memory = memoryWith(
      [
        { ref: "d0", label: "Vehicle", name: "electric trucks", properties: { kind: "PRODUCT_LINE" } },
        { ref: "d1", label: "Vehicle", name: "trucks", properties: { kind: "PRODUCT_LINE" } },
      ],
      [
        ["DEVELOPS", "m0", "d0"],
        ["DEVELOPS", "m0", "d1"],
        ["SELLS_IN", "d1", "m1"],
      ],
    );
    const { known, sameAs } = resolve(memory);
    expect(known.size).toBe(0);
    expect(sameAs.size).toBe(0);
  });
});

describe("extractDocument with the graph's facilities, figures and products", () => {
  const GRAPH: KnownEntity[] = [
    { id: FOTON, label: "Company", name: "Foton", nameKeys: ["foton"] },
    { id: MEXICO, label: "Market", name: "Mexico", nameKeys: ["mexico"] },
    { id: JALISCO, label: "Market", name: "Jalisco", nameKeys: ["jalisco"] },
  ];
  const lookup = async (keys: string[]) => GRAPH.filter((entity) => entity.nameKeys.some((key) => keys.includes(key)));
  const neighbours = async (ids: string[]) => (ids.includes(FOTON) ? NEIGHBOURS : []);

  it("gives a restated plant and its investment the graph's ids, with the money on the plant, and lists each once", async () => {
    const { entities, facts } = await extractDocument(
      {
        title: "Test",
        text: "Foton wants a second plant in Mexico. Foton put the plant's cost at more than $1 billion. Foton's first plant in Mexico opened in Jalisco in 2017.",
        publishedOn: "2024-06-04",
      },
      lookup,
      async () => [],
      neighbours,
    );
    const described = entities.filter((entity) => ["Facility", "Figure"].includes(entity.label));
    expect(described.map(({ id, existing }) => ({ id, existing }))).toEqual([
      { id: "facility:plant-2", existing: true },
      { id: "figure:plant-2-investment", existing: true },
      { id: "facility:plant-1", existing: true },
    ]);
    expect(facts).toContainEqual(expect.objectContaining({ type: "HAS_FIGURE", from: "facility:plant-2", to: "figure:plant-2-investment" }));
  });
});
