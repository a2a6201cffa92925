import { getNamedType, isInputObjectType, isObjectType, type GraphQLSchema } from "graphql";
import { DEVELOPMENT_API_KEY } from "../../src/config";
import { buildGraphSchema } from "../../src/graphql/build-schema";
import { useSeededApp } from "./support/test-app";

const WRITER = { authorization: `Bearer ${DEVELOPMENT_API_KEY}` };
const WHAT_A_DATE_LOOKS_LIKE = "is not a date: give a year (2024), a month (2024-06), a season (2024-21 is spring 2024) or a day (2024-06-04) that exists";

/** The arguments and input fields this file tests, as `Type.field(argument)` or `Input.field`. */
const COVERED = [
  "EntityFilter.dateFrom",
  "EntityFilter.dateTo",
  "IngestDocumentInput.publishedOn",
  "Mutation.previewExtraction(publishedOn)",
  "Query.timeline(from)",
  "Query.timeline(to)",
];

/** Every argument and input field of the schema, with the name of its type. */
function argumentsOf(schema: GraphQLSchema): { name: string; type: string }[] {
  const found: { name: string; type: string }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) found.push({ name: `${type.name}.${field.name}`, type: getNamedType(field.type).name });
    }
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) found.push({ name: `${type.name}.${field.name}(${arg.name})`, type: getNamedType(arg.type).name });
      }
    }
  }
  return found;
}

const ARTICLE = {
  title: "Foton and Iveco Group sign a van supply deal in Madrid",
  text: [
    "Foton and Iveco Group sign a van supply deal in Madrid",
    "",
    "Beiqi Foton Motor Co. and Iveco Group signed a supply agreement in Madrid on March 3.",
    "IVECO will sell the electric vans in Spain.",
  ].join("\n"),
};

const INGEST = `mutation($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { document { id } extraction { entities { id label } } }
}`;

describe("date arguments", () => {
  const { graph, app } = useSeededApp();

  it("are all DateInput where the API takes a date, and every one is tested here", async () => {
    const all = argumentsOf(await buildGraphSchema());
    // asOf is one shared argument (FactFilterArgs) of every read of facts; "of asOf" below covers it.
    const asOf = all.filter((arg) => arg.name.endsWith("(asOf)"));
    expect(asOf.length).toBeGreaterThan(40);
    expect(asOf.filter((arg) => arg.type !== "DateInput")).toEqual([]);
    const dates = all.filter((arg) => arg.type === "DateInput" && !arg.name.endsWith("(asOf)")).map((arg) => arg.name);
    expect(dates.sort()).toEqual([...COVERED].sort());
    const datesByName = all.filter((arg) => /(^|\.|\()date[A-Z]|[a-z]On\)?$/.test(arg.name));
    expect(datesByName.filter((arg) => arg.type !== "DateInput")).toEqual([]);
  });

  describe("of asOf", () => {
    const positions = async (asOf: string) =>
      app().query(`query($asOf: DateInput) { person(id: "person:chang-rui") { positions(asOf: $asOf) { title } } }`, { asOf });

    it.each([
      ["a year", "2024"],
      ["a month", "2024-06"],
      ["a season", "2024-22"],
      ["a day", "2024-06-04"],
    ])("takes %s, and keeps a fact that holds at some time within it", async (_case, date) => {
      const { data, errors } = await positions(date);
      expect(errors).toBeUndefined();
      expect(data.person.positions).toEqual([{ title: "Chairman" }]);
    });

    it("refuses an impossible date as a variable and as a literal, on relation fields and traversals alike", async () => {
      expect((await positions("2024-02-30")).errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      const literal = await app().query(`{ neighborhood(id: "company:foton", asOf: "June 2024") { truncated } }`);
      expect(literal.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    });
  });

  describe("of list filters", () => {
    const events = async (filter: Record<string, unknown>) => {
      const { data, errors } = await app().query(`query($filter: EntityFilter) { events(filter: $filter, orderBy: DATE_ASC) { edges { node { name } } } }`, {
        filter,
      });
      expect(errors).toBeUndefined();
      return data.events.edges.map((edge: any) => edge.node.name);
    };
    const ceremony = ["FOTON–Iveco Group MOU signing ceremony"];

    it.each([
      ["a year", "2024"],
      ["a month", "2024-06"],
      ["a season", "2024-22"],
      ["a day", "2024-06-04"],
    ])("take %s, and a filter from and to it finds what is dated within it", async (_case, date) => {
      expect(await events({ dateFrom: date, dateTo: date })).toEqual(ceremony);
    });

    it("compare by the first day of dateFrom and the last day of dateTo", async () => {
      expect(await events({ dateFrom: "2024-07", dateTo: "2024" })).toEqual([]);
      expect(await events({ dateFrom: "2024", dateTo: "2024-05" })).toEqual([]);
      expect(await events({ dateFrom: "2024-06-04" })).toEqual([...ceremony, "EU deal to ban new combustion-engine cars from 2035"]);
      expect(await events({ dateTo: "2017" })).toEqual(["FOTON–European partner partnership set up (September 2017)"]);
    });

    it("keep an entity whose partial date overlaps the dates asked for", async () => {
      expect(await events({ dateFrom: "2022-11-15", dateTo: "2022-11-15" })).toEqual(["Green Logistics Expo 2022"]);
      const { data } = await app().query(
        `{ agreements(filter: { dateFrom: "2022-06", dateTo: "2022-06-30" }) { edges { node { id announcedOn { value } } } } }`,
      );
      expect(data.agreements.edges).toEqual([{ node: { id: "agreement:foton-catl-battery-rental-jv", announcedOn: { value: "2022" } } }]);
    });
  });

  describe("of the timeline", () => {
    const titles = async (args: string, variables: Record<string, unknown> = {}) => {
      const { data, errors } = await app().query(
        `query($from: DateInput, $to: DateInput) { timeline(${args}, first: 100) { edges { node { title date { value } } } } }`,
        variables,
      );
      expect(errors).toBeUndefined();
      return data.timeline.edges.map((edge: any) => edge.node.date.value as string);
    };

    it.each([
      ["a year", "2024"],
      ["a month", "2024-06"],
      ["a season", "2024-22"],
      ["a day", "2024-06-04"],
    ])("take %s for from and to, keeping what is dated within it", async (_case, date) => {
      const found = await titles("from: $from, to: $to", { from: date, to: date });
      expect(found).toContain("2024-06-04");
      expect(found.every((value: string) => value.startsWith("2024"))).toBe(true);
    });

    it("compare by the first day of from and the last day of to, on one entity's timeline too", async () => {
      expect(await titles('entity: "company:iveco-group", from: $from, to: $to', { from: "2024-07", to: "2024" })).toEqual([]);
      expect(await titles('entity: "company:iveco-group", from: $from, to: $to', { from: "2024", to: "2024-06" })).toContain("2024-06-04");
    });

    it.each(["2024-02-30", "2024-13-45", ""])("refuse %p with BAD_USER_INPUT, in the query or as a variable", async (date) => {
      const literal = await app().query(`{ timeline(from: ${JSON.stringify(date)}) { totalCount } }`);
      const variable = await app().query(`query($to: DateInput) { timeline(entity: "company:foton", to: $to) { totalCount } }`, { to: date });
      for (const { errors } of [literal, variable]) {
        expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
        expect(errors![0].message).toContain(`${JSON.stringify(date)} ${WHAT_A_DATE_LOOKS_LIKE}`);
      }
    });
  });

  describe("refused", () => {
    const impossible = ["2024-02-30", "2024-13-45", "2023-02-29", "2024-00", "2024-6-4", "24", "June 2024", "2024-06-04T10:00", ""];

    it.each(impossible)("%p in a list filter, given in the query or as a variable, with BAD_USER_INPUT saying what a date looks like", async (date) => {
      const literal = await app().query(`{ events(filter: { dateFrom: ${JSON.stringify(date)} }) { totalCount } }`);
      const variable = await app().query(`query($to: DateInput) { events(filter: { dateTo: $to }) { totalCount } }`, { to: date });
      for (const { errors } of [literal, variable]) {
        expect(errors).toHaveLength(1);
        expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
        expect(errors![0].message).toContain(`${JSON.stringify(date)} ${WHAT_A_DATE_LOOKS_LIKE}`);
      }
    });

    it("a number where a date is expected, saying a date is a string", async () => {
      const { errors } = await app().query(`{ events(filter: { dateFrom: 2024 }) { totalCount } }`);
      expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      expect(errors![0].message).toContain("A date is a string: give a year (2024)");
    });

    it.each(["2025-02-30", "2025-13", "March 2025"])("%p as publishedOn of ingestDocument and previewExtraction, writing nothing", async (date) => {
      const before = await graph().counts();
      const attempts = [
        await app().query(INGEST, { input: { ...ARTICLE, publishedOn: date } }, WRITER),
        await app().query(`mutation($on: DateInput) { previewExtraction(text: "Foton sells vans.", publishedOn: $on) { documentId } }`, { on: date }, WRITER),
        await app().query(`mutation { previewExtraction(text: "Foton sells vans.", publishedOn: ${JSON.stringify(date)}) { documentId } }`, {}, WRITER),
      ];
      for (const { errors } of attempts) {
        expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
        expect(errors![0].message).toContain(WHAT_A_DATE_LOOKS_LIKE);
      }
      expect(await graph().counts()).toEqual(before);
    });
  });

  describe("of ingestion", () => {
    it("previews an article whose publication date is only a season", async () => {
      const { data, errors } = await app().query(
        `mutation($text: String!, $on: DateInput) { previewExtraction(text: $text, publishedOn: $on) { entities { id } } }`,
        { text: ARTICLE.text, on: "2025-21" },
        WRITER,
      );
      expect(errors).toBeUndefined();
      expect(data.previewExtraction.entities.map((entity: any) => entity.id)).toContain("company:foton");
    });

    it("stores a partial publication date as given and dates relative words from its first day", async () => {
      const { data, errors } = await app().query(INGEST, { input: { ...ARTICLE, publishedOn: "2025" } }, WRITER);
      expect(errors).toBeUndefined();
      const agreement = data.ingestDocument.extraction.entities.find((entity: any) => entity.label === "Agreement");
      const { data: read } = await app().query(
        `query($document: ID!, $agreement: ID!) {
          document(id: $document) { publishedOn { value precision start end } }
          agreement(id: $agreement) { signedOn { value precision } }
        }`,
        { document: data.ingestDocument.document.id, agreement: agreement.id },
      );
      expect(read.document.publishedOn).toEqual({ value: "2025", precision: "YEAR", start: "2025-01-01", end: "2025-12-31" });
      expect(read.agreement.signedOn).toEqual({ value: "2025-03-03", precision: "DAY" });
    });
  });
});
