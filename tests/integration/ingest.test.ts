import { DEVELOPMENT_API_KEY } from "../../src/config";
import { useSeededApp } from "./support/test-app";

const WRITER = { authorization: `Bearer ${DEVELOPMENT_API_KEY}` };

/** An article the repository does not contain, naming companies the seed graph knows under other names. */
const ARTICLE = {
  title: "Foton and Iveco Group widen electric van tie-up to Spain",
  publishedOn: "2025-03-04",
  source: "Test Wire",
  text: [
    "Foton and Iveco Group widen electric van tie-up to Spain",
    "",
    "Beiqi Foton Motor Co. and Iveco Group signed a supply agreement in Madrid on March 3, 2025.",
    "Contemporary Amperex Technology Co. Ltd., or CATL, will provide the battery packs, said Elena Marquez, director of procurement at Iveco Group.",
    "IVECO, the commercial vehicle brand of Iveco Group, will sell the electric vans in Spain.",
    "Marquez said the first vans would reach customers in 2026.",
    "",
    "[Get our newsletter in your inbox.]",
  ].join("\n"),
};

const INGEST = `mutation($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    written message newEntities existingEntities
    document { id title }
    extraction { documentId extractorVersion sentences entities { id label name existing } facts { id type from to quote confidence } }
  }
}`;

describe("ingesting a new article", () => {
  const { graph, app } = useSeededApp();

  it("refuses every mutation without an API key, and with a wrong one, writing nothing", async () => {
    const before = await graph().counts();
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer not-the-right-key-at-all" }, { authorization: DEVELOPMENT_API_KEY }];
    for (const headers of attempts) {
      const { errors } = await app().query(INGEST, { input: ARTICLE }, headers);
      expect(errors![0].extensions!.code).toBe("UNAUTHENTICATED");
      expect(errors![0].message).toContain("Authorization: Bearer");
      expect(JSON.stringify(errors)).not.toContain("not-the-right-key");
    }
    const { errors } = await app().query(`mutation { deleteDocument(id: "document:foton-mexico-facility-catl") { documentId } }`);
    expect(errors![0].extensions!.code).toBe("UNAUTHENTICATED");
    expect(await graph().counts()).toEqual(before);
  });

  it("previews the extraction, resolving aliases, acronyms and legal suffixes to the graph's entities, and writes nothing", async () => {
    const before = await graph().counts();
    const { data, errors } = await app().query(
      `mutation($text: String!, $on: DateInput) { previewExtraction(text: $text, publishedOn: $on) { entities { id label name existing } facts { type from to } } }`,
      { text: ARTICLE.text, on: ARTICLE.publishedOn },
      WRITER,
    );
    expect(errors).toBeUndefined();
    const entities = data.previewExtraction.entities;
    const byId = (id: string) => entities.find((entity: any) => entity.id === id);
    expect(byId("company:foton")).toMatchObject({ existing: true, name: "Foton" });
    expect(byId("company:catl")).toMatchObject({ existing: true });
    expect(byId("company:iveco-group")).toMatchObject({ existing: true });
    expect(byId("company:iveco")).toMatchObject({ existing: true });
    expect(entities.filter((entity: any) => entity.label === "Company")).toHaveLength(4);
    expect(byId("person:elena-marquez")).toMatchObject({ existing: false, label: "Person" });
    expect(entities.filter((entity: any) => entity.label === "Person")).toHaveLength(1);
    const facts = data.previewExtraction.facts;
    expect(facts).toContainEqual({ type: "BRAND_OF", from: "company:iveco", to: "company:iveco-group" });
    expect(facts).toContainEqual({ type: "HOLDS_POSITION", from: "person:elena-marquez", to: "company:iveco-group" });
    expect(
      facts
        .filter((fact: any) => fact.type === "PARTY_TO")
        .map((fact: any) => fact.from)
        .sort(),
    ).toEqual(["company:foton", "company:iveco-group"]);
    expect(await graph().counts()).toEqual(before);
  });

  it("adds the article in one go, with every new fact tied to its sentence, and a second ingest of the same text reads nothing and changes nothing", async () => {
    const before = await graph().counts();
    const first = await app().query(INGEST, { input: ARTICLE }, WRITER);
    expect(first.errors).toBeUndefined();
    const result = first.data.ingestDocument;
    expect(result.written).toBe(true);
    expect(result.document.title).toBe(ARTICLE.title);
    expect(result.existingEntities).toBeGreaterThanOrEqual(4);
    const after = await graph().counts();
    expect(after.nodes).toBeGreaterThan(before.nodes);

    const { data } = await app().query(
      `{ person(name: "Elena Marquez") { positions { title company { id } provenance { quote document { id } } } }
         company(id: "company:iveco") {
           extracted: relationships(origin: EXTRACTED, minConfidence: 0.5) { relationship { type } }
           brand: relationships(types: [BRAND_OF]) { relationship { origin sourceCount evidence { documentId } } }
         } }`,
    );
    const [position] = data.person.positions;
    expect(position).toMatchObject({ title: "director of procurement", company: { id: "company:iveco-group" } });
    expect(position.provenance.document.id).toBe(result.document.id);
    expect(position.provenance.quote).toBe(
      "Contemporary Amperex Technology Co. Ltd., or CATL, will provide the battery packs, said Elena Marquez, director of procurement at Iveco Group.",
    );
    // The article restates a curated fact (IVECO is a brand of Iveco Group): one relationship, still curated, with both sources' evidence.
    expect(data.company.extracted.map((link: any) => link.relationship.type)).not.toContain("BRAND_OF");
    const [brandOf] = data.company.brand;
    expect(brandOf.relationship).toMatchObject({ origin: "CURATED", sourceCount: 2 });
    expect(brandOf.relationship.evidence.map((item: any) => item.documentId)).toEqual(["document:foton-iveco-mou-2024", result.document.id]);
    const curated = await app().query(`{ company(id: "company:iveco") { relationships(origin: CURATED) { relationship { properties } } } }`);
    expect(curated.data.company.relationships.length).toBeGreaterThan(0);
    expect(curated.data.company.relationships.every((link: any) => link.relationship.properties.origin === "CURATED")).toBe(true);

    const again = await app().query(INGEST, { input: ARTICLE }, WRITER);
    expect(again.data.ingestDocument).toMatchObject({ written: false, newEntities: 0 });
    expect(again.data.ingestDocument.message).toContain("nothing changed");
    expect(again.data.ingestDocument.document.id).toBe(result.document.id);
    expect(again.data.ingestDocument.extraction).toMatchObject({ documentId: result.document.id, sentences: 0, entities: [], facts: [] });
    expect(await graph().counts()).toEqual(after);
  });

  it("deletes the article and exactly the facts it supported, keeping entities other documents state", async () => {
    const before = await graph().counts();
    const { data: added } = await app().query(
      INGEST,
      { input: { ...ARTICLE, title: "Second copy", text: `${ARTICLE.text}\nThe vans go on sale in Spain.` } },
      WRITER,
    );
    const id = added.ingestDocument.document.id;
    const { data, errors } = await app().query(
      `mutation($id: ID!) { deleteDocument(id: $id) { documentId removedRelationships entitiesTouched } }`,
      { id },
      WRITER,
    );
    expect(errors).toBeUndefined();
    expect(data.deleteDocument.removedRelationships).toBeGreaterThan(5);
    expect(await graph().counts()).toEqual(before);
    const { data: foton } = await app().query(`{ company(id: "company:foton") { name executives { title } } }`);
    expect(foton.company.executives.length).toBe(7);
    const missing = await app().query(`mutation($id: ID!) { deleteDocument(id: $id) { documentId } }`, { id }, WRITER);
    expect(missing.errors![0].extensions!.code).toBe("NOT_FOUND");
  });

  it("keeps the curated entities an extracted article mentions curated: origin, confidence and curated values stay", async () => {
    const curated = `{ nodes(ids: ["company:foton", "company:iveco-group", "company:catl"]) { id origin confidence ... on Company { kind description } } }`;
    const { data: before } = await app().query(curated);
    const { data: added, errors } = await app().query(
      INGEST,
      { input: { ...ARTICLE, title: "Third copy", text: `${ARTICLE.text}\nThe vans are built in Turin.` } },
      WRITER,
    );
    expect(errors).toBeUndefined();
    expect(added.ingestDocument.extraction.entities.filter((entity: any) => entity.existing).map((entity: any) => entity.id)).toEqual(
      expect.arrayContaining(["company:foton", "company:iveco-group", "company:catl"]),
    );
    const { data: after } = await app().query(curated);
    expect(after).toEqual(before);
    await app().query(`mutation($id: ID!) { deleteDocument(id: $id) { documentId } }`, { id: added.ingestDocument.document.id }, WRITER);
  });

  it("leaves the graph as it was before the article once that is deleted too", async () => {
    await graph().reset();
    const clean = await graph().counts();
    const { data, errors } = await app().query(INGEST, { input: ARTICLE }, WRITER);
    expect(errors).toBeUndefined();
    expect(data.ingestDocument.written).toBe(true);
    expect((await graph().counts()).nodes).toBeGreaterThan(clean.nodes);
    const deleted = await app().query(`mutation($id: ID!) { deleteDocument(id: $id) { documentId } }`, { id: data.ingestDocument.document.id }, WRITER);
    expect(deleted.errors).toBeUndefined();
    expect(await graph().counts()).toEqual(clean);
    const { data: gone } = await app().query(`{ lookup(name: "Elena Marquez") { id } }`);
    expect(gone.lookup).toEqual([]);
  });

  it.each([
    ["empty text", { ...ARTICLE, text: "   " }, "text must not be empty"],
    ["text over the size limit", { ...ARTICLE, text: "Foton sells trucks. ".repeat(11_000) }, "over the limit of 200000"],
    ["a date that does not exist", { ...ARTICLE, publishedOn: "2025-02-30" }, "is not a date: give a year (2024)"],
    ["a date that is not EDTF", { ...ARTICLE, publishedOn: "March 2025" }, "is not a date: give a year (2024)"],
    ["text that was not UTF-8", { ...ARTICLE, text: "Foton \uFFFD sells trucks." }, "not UTF-8"],
    ["text with a NUL character", { ...ARTICLE, text: "Foton\u0000 sells trucks." }, "control character U+0000"],
  ])("rejects %s with BAD_USER_INPUT and writes nothing", async (_case, input, message) => {
    const before = await graph().counts();
    const { errors } = await app().query(INGEST, { input }, WRITER);
    expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(errors![0].message).toContain(message);
    expect(await graph().counts()).toEqual(before);
  });

  it("files a planned plant's expected date as a typed field and a PLANNED_OPENING on the timeline", async () => {
    await graph().reset();
    const article = {
      title: "Foton plans a plant in Jalisco",
      publishedOn: "2025-05-02",
      text: "Foton plans a plant in Jalisco\n\nFoton is preparing to build a new plant in Jalisco by 2026, the company said.",
    };
    const { data, errors } = await app().query(INGEST, { input: article }, WRITER);
    expect(errors).toBeUndefined();
    const plant = data.ingestDocument.extraction.entities.find((entity: any) => entity.label === "Facility");
    const { data: read } = await app().query(
      `query($id: ID!) { facility(id: $id) { status expectedOperational { value precision } } timeline(entity: $id) { totalCount edges { node { kind property } } } }`,
      { id: plant.id },
    );
    expect(read.facility).toEqual({ status: "PLANNED", expectedOperational: { value: "2026", precision: "YEAR" } });
    expect(read.timeline).toEqual({ totalCount: 1, edges: [{ node: { kind: "PLANNED_OPENING", property: "expectedOperational" } }] });
  });

  it("writes the same text sent twice at once only once, and tells the second it was already there", async () => {
    await graph().reset();
    const before = await graph().counts();
    const documents = async () => (await app().query(`{ documents { totalCount } }`)).data.documents.totalCount as number;
    const documentsBefore = await documents();
    const [first, second] = await Promise.all([
      app().query(INGEST, { input: { ...ARTICLE, title: "Spain tie-up, first copy" } }, WRITER),
      app().query(INGEST, { input: { ...ARTICLE, title: "Spain tie-up, second copy" } }, WRITER),
    ]);
    expect([first.errors, second.errors]).toEqual([undefined, undefined]);
    expect([first.data.ingestDocument.written, second.data.ingestDocument.written].sort()).toEqual([false, true]);
    expect(await documents()).toBe(documentsBefore + 1);
    expect((await graph().counts()).nodes).toBeGreaterThan(before.nodes);
  });
});
