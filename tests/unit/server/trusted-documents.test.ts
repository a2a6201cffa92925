import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { ConfigError, loadConfig } from "../../../src/config";
import { UntrustedDocumentError } from "../../../src/errors";
import { manifestOf, MANIFEST_FORMAT, parseManifest, readTrustedDocuments, sha256, untrustedOperation } from "../../../src/server/trusted-documents";

const COMPANY = 'query Company { company(id: "company:foton") { name } }';
const SEARCH = "query Search($text: String!) { search(text: $text) { score } }";

function hashOf(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function manifestText(operations: unknown[]): string {
  return JSON.stringify({ format: MANIFEST_FORMAT, version: 1, operations });
}

function tempFile(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trusted-documents-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe("manifestOf", () => {
  it("lists each operation under the sha256 of its exact text, with its name and type, once", () => {
    const mutation = 'mutation Preview { previewExtraction(text: "x") { facts { type } } }';
    const manifest = manifestOf([COMPANY, mutation, COMPANY]);
    expect(manifest).toEqual({
      format: "apollo-persisted-query-manifest",
      version: 1,
      operations: [
        { id: hashOf(COMPANY), name: "Company", type: "query", body: COMPANY },
        { id: hashOf(mutation), name: "Preview", type: "mutation", body: mutation },
      ],
    });
  });

  it("refuses a text that is not one operation", () => {
    expect(() => manifestOf(["fragment F on Company { name }"])).toThrow("Not one GraphQL operation");
    expect(() => manifestOf([`${COMPANY} ${SEARCH}`])).toThrow("Not one GraphQL operation");
  });
});

describe("parseManifest", () => {
  it("reads back what manifestOf writes", () => {
    const manifest = manifestOf([COMPANY, SEARCH]);
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest.operations);
  });

  it("says what is wrong with a file that is not a version 1 Apollo manifest", () => {
    expect(() => parseManifest("{ not json")).toThrow(/^is not JSON \(/);
    expect(() => parseManifest("[]")).toThrow('is not a persisted query manifest: "format" must be "apollo-persisted-query-manifest"');
    expect(() => parseManifest(JSON.stringify({ format: MANIFEST_FORMAT, version: 2, operations: [] }))).toThrow('has "version" 2; only version 1 is read');
    expect(() => parseManifest(JSON.stringify({ format: MANIFEST_FORMAT, version: 1 }))).toThrow('has no "operations" array');
  });

  it("names every bad operation: no body, no name, an unknown type, an id that is not the body's sha256", () => {
    const good = { id: hashOf(COMPANY), name: "Company", type: "query", body: COMPANY };
    const text = manifestText([good, { ...good, body: "" }, { ...good, name: undefined }, { ...good, type: "fragment" }, { ...good, id: hashOf(SEARCH) }, 7]);
    expect(() => parseManifest(text)).toThrow(
      `has 5 bad operations: operations[1] has no "body" (the operation's text); operations[2] has no "name"; ` +
        `operations[3] ("Company") has a "type" other than query, mutation or subscription; ` +
        `operations[4] ("Company") has an "id" that is not the sha256 of its body (${hashOf(COMPANY)}); operations[5] is not an object`,
    );
  });
});

describe("readTrustedDocuments", () => {
  it("merges several manifests into one map of body by hash", () => {
    const pages = tempFile("pages.json", JSON.stringify(manifestOf([COMPANY])));
    const app = tempFile("app.json", JSON.stringify(manifestOf([SEARCH, COMPANY])));
    expect(readTrustedDocuments([pages, app])).toEqual(
      new Map([
        [hashOf(COMPANY), COMPANY],
        [hashOf(SEARCH), SEARCH],
      ]),
    );
  });

  it("names the file that is missing or malformed, and refuses manifests that list nothing", () => {
    expect(() => readTrustedDocuments(["/nowhere/manifest.json"])).toThrow("names /nowhere/manifest.json, which does not exist");
    const broken = tempFile("broken.json", "{");
    expect(() => readTrustedDocuments([broken])).toThrow(`names ${broken}, which is not JSON (`);
    const empty = tempFile("empty.json", manifestText([]));
    expect(() => readTrustedDocuments([empty])).toThrow(`names ${empty}, which list no operations: the server would refuse every request`);
  });
});

describe("TRUSTED_DOCUMENTS in the configuration", () => {
  it("is off when unset, and reads every manifest of a comma-separated list", () => {
    expect(loadConfig({}).trustedDocuments).toBeNull();
    const pages = tempFile("pages.json", JSON.stringify(manifestOf([COMPANY])));
    const app = tempFile("app.json", JSON.stringify(manifestOf([SEARCH])));
    expect([...loadConfig({ TRUSTED_DOCUMENTS: `${pages}, ${app}` }).trustedDocuments!.keys()]).toEqual([hashOf(COMPANY), hashOf(SEARCH)]);
  });

  it("fails as a configuration error naming the variable and the file", () => {
    const load = () => loadConfig({ TRUSTED_DOCUMENTS: "/nowhere/manifest.json" });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow("Configuration error: TRUSTED_DOCUMENTS names /nowhere/manifest.json, which does not exist");
  });
});

describe("untrustedOperation", () => {
  const documents = new Map([[sha256(COMPANY), COMPANY]]);

  it("accepts a listed operation sent as text, or by its APQ hash alone", () => {
    expect(untrustedOperation(documents, { query: COMPANY })).toBeNull();
    expect(untrustedOperation(documents, { extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(COMPANY) } } })).toBeNull();
    expect(untrustedOperation(documents, { query: COMPANY, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(COMPANY) } } })).toBeNull();
  });

  it("refuses an unlisted text, even one that differs from a listed one by whitespace only", () => {
    for (const query of [SEARCH, `${COMPANY}\n`]) {
      const refusal = untrustedOperation(documents, { query });
      expect(refusal).toBeInstanceOf(UntrustedDocumentError);
      expect(refusal!.extensions).toEqual({ code: "UNTRUSTED_DOCUMENT", sha256: hashOf(query), http: { status: 400 } });
      expect(refusal!.message).toContain(`The operation sent (sha256 ${hashOf(query)}) is not a trusted document of this server`);
    }
  });

  it("refuses an unlisted hash, and an unlisted text whatever hash it claims", () => {
    const byHash = untrustedOperation(documents, { extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(SEARCH) } } });
    expect(byHash!.message).toMatch(
      new RegExp(`^The persisted query hash ${hashOf(SEARCH)} is not a trusted document.*add it to a manifest listed in TRUSTED_DOCUMENTS`),
    );
    const claimed = untrustedOperation(documents, { query: SEARCH, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(COMPANY) } } });
    expect(claimed!.extensions.sha256).toBe(hashOf(SEARCH));
  });

  it("leaves a request without text or hash to Apollo, which refuses it as malformed", () => {
    for (const operation of [null, "text", {}, { query: "" }, { extensions: {} }]) expect(untrustedOperation(documents, operation)).toBeNull();
  });
});
