import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SignJWT } from "jose";
import { DEVELOPMENT_API_KEY } from "../../src/config";
import { EXPORT_CONTEXT_FILE } from "../../src/export/jsonld.writer";
import { NodeLabel } from "../../src/model/graph-model";
import { readGraphml } from "./support/export-readers";
import { useTestApp } from "./support/test-app";

const SECRET = "a-test-hs256-secret-of-at-least-32-characters";
const KEY = { authorization: `Bearer ${DEVELOPMENT_API_KEY}` };
const SEED = "company:foton";

const token = (scope: string) =>
  new SignJWT({ scope }).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime("5m").sign(new TextEncoder().encode(SECRET));

const NEIGHBOURS = `query ($id: ID!) { node(id: $id) { relationships(first: 200) { node { id } } } }`;

describe("GET /export/:format", () => {
  const { client } = useTestApp({ seed: true, env: { EXPORT_MAX_DEPTH: "2", AUTH_JWT_SECRET: SECRET } });
  const get = (route: string, headers: Record<string, string> = KEY) => fetch(`${client.url}${route}`, { headers });
  const errorOf = async (response: Response) => ((await response.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0];

  it("refuses a request without credentials, or with a wrong key, with 401 UNAUTHENTICATED", async () => {
    for (const headers of [{}, { authorization: "Bearer not-a-key-of-this-server" }] as Record<string, string>[]) {
      const response = await get("/export/graphml", headers);
      expect(response.status).toBe(401);
      const error = await errorOf(response);
      expect(error.extensions.code).toBe("UNAUTHENTICATED");
      expect(error.message).toMatch(/^Exports need credentials: send the header "Authorization: Bearer <key>"/);
    }
  });

  it("refuses a token without the read scope with 403 FORBIDDEN, and serves one with it", async () => {
    const refused = await get("/export/jsonld", { authorization: `Bearer ${await token("write")}` });
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).extensions.code).toBe("FORBIDDEN");
    const served = await get(`/export/jsonld?entity=${SEED}&depth=0`, { authorization: `Bearer ${await token("read")}` });
    expect(served.status).toBe(200);
  });

  it("refuses an unknown format with 400 BAD_USER_INPUT naming the formats", async () => {
    const response = await get("/export/xlsx");
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toEqual({
      message: "format must be one of graphml, csv, jsonld",
      extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }),
    });
  });

  it("refuses an unknown entity with 404 NOT_FOUND", async () => {
    const response = await get("/export/graphml?entity=company:no-such-company&depth=1");
    expect(response.status).toBe(404);
    const error = await errorOf(response);
    expect(error.extensions.code).toBe("NOT_FOUND");
    expect(error.message).toContain('"company:no-such-company" was not found');
  });

  it("refuses a depth over EXPORT_MAX_DEPTH with 400 QUERY_LIMIT_EXCEEDED, and a depth that is not a number with 400", async () => {
    const over = await get(`/export/graphml?entity=${SEED}&depth=3`);
    expect(over.status).toBe(400);
    expect(await errorOf(over)).toEqual({
      message: expect.stringMatching(/^export depth 3 exceeds the limit of 2/),
      extensions: expect.objectContaining({ code: "QUERY_LIMIT_EXCEEDED", limit: "exportDepth", max: 2, found: 3 }),
    });
    const word = await get(`/export/graphml?entity=${SEED}&depth=two`);
    expect(word.status).toBe(400);
    expect((await errorOf(word)).extensions.code).toBe("BAD_USER_INPUT");
  });

  it("exports the neighbourhood of an entity as GraphML: it, its neighbours along facts, and the documents that mention them", async () => {
    const response = await get(`/export/graphml?entity=${SEED}&depth=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/graphml\+xml/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="neighbourhood-company-foton.graphml"');
    const read = readGraphml(await response.text());
    const answer = await client.query<{ node: { relationships: { node: { id: string } }[] } }>(NEIGHBOURS, { id: SEED });
    const neighbours = new Set([SEED, ...answer.data!.node.relationships.map((link) => link.node.id)]);
    const entities = read.filterNodes((_node, attributes) => attributes.label !== NodeLabel.Document);
    expect(new Set(entities)).toEqual(neighbours);
    const documents = new Set(read.filterNodes((_node, attributes) => attributes.label === NodeLabel.Document));
    expect(documents.size).toBeGreaterThan(0);
    read.forEachEdge((_edge, attributes) => expect(documents.has(attributes.documentId as string)).toBe(true));
  });

  it("downloads a CSV export as a .tar.gz of header and data files with import.args", async () => {
    const response = await get("/export/csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/gzip");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-export-http-"));
    try {
      fs.writeFileSync(path.join(dir, "graph.tar.gz"), Buffer.from(await response.arrayBuffer()));
      const listed = execFileSync("tar", ["-tzf", "graph.tar.gz"], { cwd: dir, encoding: "utf8" }).split("\n");
      expect(listed).toEqual(expect.arrayContaining(["Company_header.csv", "Company.csv", "MENTIONED_IN.csv", "import.args"]));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("references the server's own context from a JSON-LD export", async () => {
    const response = await get(`/export/jsonld?entity=${SEED}&depth=0`);
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const document = (await response.json()) as { "@context": string; "@graph": unknown[] };
    expect(document["@context"]).toBe(`${client.url}/export/context.jsonld`);
    expect(document["@graph"].length).toBeGreaterThan(1);
  });
});

describe("GET /export/context.jsonld", () => {
  const { client } = useTestApp({ seed: true, env: { EXPORT_CONTEXT_URL: "https://example.org/kg/context.jsonld" } });

  it("serves the checked-in context to anyone, without credentials", async () => {
    const response = await fetch(`${client.url}/export/context.jsonld`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    expect(await response.text()).toBe(fs.readFileSync(EXPORT_CONTEXT_FILE, "utf8"));
  });

  it("references the context at EXPORT_CONTEXT_URL when it is set", async () => {
    const response = await fetch(`${client.url}/export/jsonld?entity=${SEED}&depth=0`, { headers: KEY });
    expect(((await response.json()) as { "@context": string })["@context"]).toBe("https://example.org/kg/context.jsonld");
  });
});
