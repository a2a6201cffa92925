import { planDocument, type FactsFile } from "../../../src/ingest/plan-document";
import { GRAPH_MODEL } from "../../../src/model/graph-model";

const text = "On June 4, 2024, FOTON and Iveco Group signed a Memorandum of Understanding (MOU) in Beijing.";

function facts(overrides: Partial<FactsFile> = {}): FactsFile {
  return {
    document: { id: "document:test", title: "Test", publishedOn: { value: "2024-06-04", text: "June 4, 2024" } },
    entities: [
      { id: "company:foton", label: "Company", name: "Foton", aliases: ["FOTON"], quote: "FOTON and Iveco Group" },
      {
        id: "agreement:mou",
        label: "Agreement",
        name: "MOU",
        properties: { kind: "MOU" },
        dates: { signedOn: { value: "2024-06-04", text: "June 4, 2024" } },
        quote: "Memorandum of Understanding (MOU)",
      },
    ],
    relationships: [{ id: "rel:foton-mou", type: "PARTY_TO", from: "company:foton", to: "agreement:mou", quote: "FOTON and Iveco Group signed" }],
    ...overrides,
  };
}

describe("planDocument", () => {
  it("stores each fact's quote with offsets into the text", () => {
    const { plan, problems } = planDocument(facts(), text);
    expect(problems).toEqual([]);
    const [relationship] = plan.relationships;
    expect(relationship.properties).toMatchObject({ documentId: "document:test", quote: "FOTON and Iveco Group signed", start: 17, end: 45 });
    expect(text.slice(17, 45)).toBe("FOTON and Iveco Group signed");
  });

  it("flattens a date with its precision, its words and its span", () => {
    const { plan } = planDocument(facts(), text);
    expect(plan.entities[1].properties).toMatchObject({
      signedOn: "2024-06-04",
      signedOn_precision: "DAY",
      signedOn_text: "June 4, 2024",
      dateStart: "2024-06-04",
      dateEnd: "2024-06-04",
    });
  });

  it("gives each mention the lookup keys of the names used", () => {
    const { plan } = planDocument(facts(), text);
    expect(plan.entities[0].mention.nameKeys).toEqual(["foton"]);
  });

  it("names the fact whose quote is not in the text", () => {
    const bad = facts();
    bad.relationships![0].quote = "FOTON and IVECO signed";
    const { problems } = planDocument(bad, text);
    expect(problems).toEqual([expect.stringContaining('relationship rel:foton-mou: the quote "FOTON and IVECO signed" is not in the article')]);
  });

  it("rejects a label, a relationship type and endpoints outside the allow-list", () => {
    const bad = facts({
      entities: [...facts().entities, { id: "thing:x", label: "Thing", name: "X", quote: "Beijing" }],
      relationships: [
        { id: "rel:a", type: "OWNS", from: "company:foton", to: "agreement:mou", quote: "FOTON" },
        { id: "rel:b", type: "HOLDS_POSITION", from: "company:foton", to: "agreement:mou", properties: { title: "CEO" }, quote: "FOTON" },
        { id: "rel:c", type: "PARTY_TO", from: "company:foton", to: "agreement:missing", quote: "FOTON" },
      ],
    });
    const { problems } = planDocument(bad, text);
    expect(problems).toEqual([
      expect.stringContaining('entity thing:x: label "Thing"'),
      expect.stringContaining('rel:a: type "OWNS" is not an allowed relationship type'),
      expect.stringContaining("rel:b: HOLDS_POSITION cannot start at a Company"),
      expect.stringContaining("rel:b: HOLDS_POSITION cannot end at a Agreement"),
      expect.stringContaining('rel:c: to "agreement:missing" is not an entity of this file'),
    ]);
  });

  it("rejects a fact that joins an entity to itself, and a position without a title", () => {
    const bad = facts({
      relationships: [
        { id: "rel:loop", type: "PARTY_TO", from: "company:foton", to: "company:foton", quote: "FOTON" },
        { id: "rel:no-title", type: "HOLDS_POSITION", from: "person:x", to: "company:foton", quote: "FOTON" },
      ],
      entities: [...facts().entities, { id: "person:x", label: "Person", name: "X", quote: "Beijing" }],
    });
    const { problems } = planDocument(bad, text);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("rel:loop: from and to are the same entity"),
        expect.stringContaining("rel:no-title: a HOLDS_POSITION fact needs a title"),
      ]),
    );
  });

  it("rejects a date that is not EDTF", () => {
    const bad = facts();
    bad.entities[1].dates = { signedOn: { value: "June 4" } };
    expect(planDocument(bad, text).problems).toEqual([expect.stringContaining('agreement:mou: date "signedOn" has value "June 4"')]);
  });

  it("holds every property to the label's declaration: its name, its type and its enum values", () => {
    const bad = facts();
    bad.entities[0].properties = { colour: "blue", kind: "CARMAKER" };
    bad.entities[1].properties = { kind: "MOU", undisclosedParties: "a partner" };
    expect(planDocument(bad, text).problems).toEqual([
      expect.stringContaining(
        'entity company:foton: property "colour" is not declared for Company (declared: kind, description, origin, confidence, extractorVersion)',
      ),
      expect.stringContaining('entity company:foton: property "kind" must be one of MANUFACTURER, GROUP, BRAND, HOLDING, SUPPLIER, MEDIA, got "CARMAKER"'),
      expect.stringContaining('entity agreement:mou: property "undisclosedParties" must be a list of strings, got "a partner"'),
    ]);
  });

  it("takes only the dates a label declares, and refuses a date given as a property", () => {
    const bad = facts();
    bad.entities[1].dates = { closedOn: { value: "2024" } };
    bad.entities[1].properties = { signedOn: "2024-06-04" };
    expect(planDocument(bad, text).problems).toEqual([
      expect.stringContaining('entity agreement:mou: "signedOn" is a date; give it under dates'),
      expect.stringContaining('entity agreement:mou: date "closedOn" is not declared for Agreement (dates: signedOn, announcedOn, startedOn, dueBy)'),
    ]);
  });

  it("holds relationship properties to the relationship type's declaration", () => {
    const bad = facts();
    bad.relationships![0].properties = { role: "battery maker" };
    expect(planDocument(bad, text).problems).toEqual([
      expect.stringContaining('relationship rel:foton-mou: property "role" must be one of SIGNATORY, DEVELOPER'),
    ]);
  });

  it("uses a quote's span when the writer gives it, and refuses a span that does not hold the quote", () => {
    const good = facts();
    // "and" stands twice in the text ("FOTON and", "Understanding"); the span picks the second, which a search would not find first.
    good.relationships![0].quote = "and";
    good.relationships![0].span = { start: text.lastIndexOf("and"), end: text.lastIndexOf("and") + 3 };
    expect(planDocument(good, text).plan.relationships[0].properties).toMatchObject({ start: text.lastIndexOf("and"), end: text.lastIndexOf("and") + 3 });
    expect(text.indexOf("and")).not.toBe(text.lastIndexOf("and"));
    const bad = facts();
    bad.relationships![0].span = { start: 0, end: 28 };
    expect(planDocument(bad, text).problems).toEqual([
      expect.stringContaining('relationship rel:foton-mou: the text at 0–28 is not the quote "FOTON and Iveco Group signed"'),
    ]);
  });

  it("asks an entity for the properties its label requires", () => {
    const { Company } = GRAPH_MODEL.labels;
    const model = {
      ...GRAPH_MODEL,
      labels: {
        ...GRAPH_MODEL.labels,
        Company: { ...Company, properties: { ...Company.properties, description: { ...Company.properties.description, required: true } } },
      },
    };
    expect(planDocument(facts(), text, model).problems).toEqual([expect.stringContaining("entity company:foton: a Company entity needs a description")]);
  });

  it("refuses a document field the model does not declare", () => {
    const bad = facts();
    (bad.document as Record<string, unknown>).language = "en";
    expect(planDocument(bad, text).problems).toEqual([expect.stringContaining("document.language is not declared for Document")]);
  });

  it.each([
    ["negative offsets", { start: -5, end: 28 }],
    ["offsets past the text", { start: 17, end: 500 }],
    ["offsets that are not whole numbers", { start: "17", end: "45" }],
    ["an end before the start", { start: 45, end: 17 }],
  ])("refuses a span with %s", (_case, span) => {
    const bad = facts();
    bad.relationships![0].span = span as never;
    expect(planDocument(bad, text).problems).toEqual([expect.stringContaining("relationship rel:foton-mou: span must be whole numbers")]);
  });
});
