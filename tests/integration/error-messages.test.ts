import { DEVELOPMENT_API_KEY } from "../../src/config";
import { PRODUCTION_ENV, useSeededApp, useTestApp } from "./support/test-app";

const WRITER = { authorization: `Bearer ${DEVELOPMENT_API_KEY}` };

/** The parts of an error a client reads. */
interface ClientError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** Checks an argument refusal: BAD_USER_INPUT, the problems per argument, and nothing of the values sent or of type-graphql's dump. */
function expectArgumentRefusal(error: ClientError, message: string, problems: { argument: string; constraints: Record<string, string> }[], sent: string[]) {
  expect(error.message).toBe(message);
  expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", problems });
  expect(error.extensions).not.toHaveProperty("validationErrors");
  const { requestId: _requestId, ...extensions } = error.extensions ?? {};
  const text = JSON.stringify({ ...error, extensions });
  for (const value of sent) expect(text).not.toContain(value);
  expect(text).not.toMatch(/"target"|"value"|Argument Validation Error/);
}

describe("argument errors a person can act on", () => {
  const { app } = useSeededApp();

  it("says what is wrong with a page size written in the query", async () => {
    const { errors, data } = await app().query(`{ companies(first: 1234) { totalCount } }`);
    expect(data).toEqual({ companies: null });
    expectArgumentRefusal(
      errors![0],
      "first must be between 1 and 100",
      [{ argument: "first", constraints: { inRange: "first must be between 1 and 100" } }],
      ["1234"],
    );
  });

  it("says what is wrong with a page size given as a variable", async () => {
    const { errors } = await app().query(`query($n: Int!) { people(first: $n) { totalCount } }`, { n: -4321 });
    expectArgumentRefusal(
      errors![0],
      "first must be between 1 and 100",
      [{ argument: "first", constraints: { inRange: "first must be between 1 and 100" } }],
      ["4321"],
    );
  });

  it("names nested input fields by their path and joins several problems with '; '", async () => {
    const filter = { nameContains: "n".repeat(201), kind: "mou-ish" };
    const { errors } = await app().query(`query($f: EntityFilter) { companies(filter: $f) { totalCount } }`, { f: filter });
    expectArgumentRefusal(
      errors![0],
      "filter.nameContains must be shorter than or equal to 200 characters; filter.kind must be an upper-case kind such as MOU, PLANT or COUNTRY",
      [
        { argument: "filter.nameContains", constraints: { maxLength: "filter.nameContains must be shorter than or equal to 200 characters" } },
        { argument: "filter.kind", constraints: { matches: "filter.kind must be an upper-case kind such as MOU, PLANT or COUNTRY" } },
      ],
      [filter.nameContains, filter.kind],
    );
  });

  it("names the fields of an input argument after the argument", async () => {
    const input = { title: "T".repeat(501), text: "Foton sells trucks.", url: "not a url" };
    const { errors } = await app().query(`mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { written } }`, { input }, WRITER);
    expectArgumentRefusal(
      errors![0],
      "input.title must be at most 500 characters; input.url must be an absolute URL such as https://example.com/news/1",
      [
        { argument: "input.title", constraints: { maxLength: "input.title must be at most 500 characters" } },
        { argument: "input.url", constraints: { isUrl: "input.url must be an absolute URL such as https://example.com/news/1" } },
      ],
      [input.title, input.url],
    );
  });

  it("points at the refused field with its path and location", async () => {
    const { errors } = await app().query(`{ company(id: "company:foton") { name } companies(first: 0) { totalCount } }`);
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({ message: "first must be between 1 and 100", path: ["companies"], locations: [{ line: 1, column: 41 }] });
  });
});

describe("argument errors in production", () => {
  const { client: app } = useTestApp({ env: PRODUCTION_ENV });

  it("gives the same message and problems, not an internal error", async () => {
    const { errors } = await app.query(`{ companies(first: 101) { totalCount } }`);
    expectArgumentRefusal(
      errors![0],
      "first must be between 1 and 100",
      [{ argument: "first", constraints: { inRange: "first must be between 1 and 100" } }],
      ["101"],
    );
  });
});
