import { contentHashOf } from "../model/content-hash";
import fs from "node:fs";
import type express from "express";
import { getOperationAST, parse } from "graphql";
import { UntrustedDocumentError } from "../errors";

/** The `format` of Apollo's persisted query manifest (what `generate-persisted-query-manifest` writes). */
export const MANIFEST_FORMAT = "apollo-persisted-query-manifest";

const OPERATION_TYPES = ["query", "mutation", "subscription"] as const;

/** One operation of a manifest: `id` is the sha256 (hex) of `body`, the exact text a client sends. */
export interface ManifestOperation {
  id: string;
  name: string;
  type: (typeof OPERATION_TYPES)[number];
  body: string;
}

export interface PersistedQueryManifest {
  format: typeof MANIFEST_FORMAT;
  version: 1;
  operations: ManifestOperation[];
}

/** The operations a server runs when TRUSTED_DOCUMENTS is set: each body by its sha256. */
export type TrustedDocuments = ReadonlyMap<string, string>;

/** The hash APQ and the manifest use: sha256 of the exact text, in lowercase hex (the same hash a document's text is stored by). */
export const sha256 = contentHashOf;

/**
 * A manifest listing `bodies`, each under its sha256 with the name and type of its one operation (the
 * build writes the pages' operations with it). Throws on a body that is not one GraphQL operation, so a
 * broken page query fails the build rather than the page.
 */
export function manifestOf(bodies: readonly string[]): PersistedQueryManifest {
  const operations = new Map<string, ManifestOperation>();
  for (const body of bodies) {
    const operation = getOperationAST(parse(body));
    if (!operation) throw new Error(`Not one GraphQL operation, so it cannot be a trusted document:\n${body}`);
    const id = sha256(body);
    operations.set(id, { id, name: operation.name?.value ?? "", type: operation.operation, body });
  }
  return { format: MANIFEST_FORMAT, version: 1, operations: [...operations.values()] };
}

/** What is wrong with one entry of `operations`, or null. */
function operationProblem(entry: unknown, index: number): string | null {
  const where = `operations[${index}]`;
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return `${where} is not an object`;
  const { id, name, type, body } = entry as Record<string, unknown>;
  if (typeof body !== "string" || body.trim() === "") return `${where} has no "body" (the operation's text)`;
  if (typeof name !== "string") return `${where} has no "name"`;
  if (!OPERATION_TYPES.includes(type as ManifestOperation["type"])) return `${where} ("${name}") has a "type" other than query, mutation or subscription`;
  if (typeof id !== "string" || id !== sha256(body)) return `${where} ("${name}") has an "id" that is not the sha256 of its body (${sha256(body)})`;
  return null;
}

/**
 * Reads a manifest in Apollo's persisted query manifest format
 * (`{"format":"apollo-persisted-query-manifest","version":1,"operations":[{id,name,type,body}]}`) and
 * returns its operations. Throws with every problem found (not JSON, another format or version, an
 * entry without a body, an id that is not the sha256 of its body), so one pass fixes a manifest.
 */
export function parseManifest(text: string): ManifestOperation[] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new Error(`is not JSON (${(error as Error).message})`);
  }
  const { format, version, operations } = (typeof manifest === "object" && manifest !== null ? manifest : {}) as Record<string, unknown>;
  if (format !== MANIFEST_FORMAT) throw new Error(`is not a persisted query manifest: "format" must be "${MANIFEST_FORMAT}"`);
  if (version !== 1) throw new Error(`has "version" ${JSON.stringify(version)}; only version 1 is read`);
  if (!Array.isArray(operations)) throw new Error(`has no "operations" array`);
  const problems = operations.map(operationProblem).filter((problem) => problem !== null);
  if (problems.length > 0) throw new Error(`has ${problems.length} bad operation${problems.length === 1 ? "" : "s"}: ${problems.join("; ")}`);
  return operations as ManifestOperation[];
}

/**
 * The trusted documents of every manifest in `files`, merged (an operator lists the build's manifest
 * of the web pages and their own app's). Throws naming the file that is missing, unreadable or not a
 * valid manifest, and when the files list no operation at all (the server would refuse everything).
 */
export function readTrustedDocuments(files: readonly string[]): TrustedDocuments {
  const documents = new Map<string, string>();
  for (const file of files) {
    if (!fs.existsSync(file)) throw new Error(`names ${file}, which does not exist`);
    let operations: ManifestOperation[];
    try {
      operations = parseManifest(fs.readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`names ${file}, which ${(error as Error).message}`);
    }
    for (const { id, body } of operations) documents.set(id, body);
  }
  if (documents.size === 0) throw new Error(`names ${files.join(", ")}, which list no operations: the server would refuse every request`);
  return documents;
}

/** The hash of `extensions.persistedQuery.sha256Hash`, when a request carries one. */
function persistedHash(extensions: unknown): string | undefined {
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery?.sha256Hash;
  return typeof hash === "string" ? hash : undefined;
}

/**
 * Whether one operation of a request may run: its text when it sends one (its sha256 must be listed),
 * else its APQ hash (it must be listed; the server then reads the text from the manifest). A request
 * with neither is left to Apollo, which refuses it as malformed.
 */
export function untrustedOperation(documents: TrustedDocuments, operation: unknown): UntrustedDocumentError | null {
  if (typeof operation !== "object" || operation === null) return null;
  const { query, extensions } = operation as { query?: unknown; extensions?: unknown };
  if (typeof query === "string" && query !== "") {
    const hash = sha256(query);
    return documents.has(hash) ? null : new UntrustedDocumentError(hash, "text");
  }
  const hash = persistedHash(extensions);
  if (hash === undefined || documents.has(hash)) return null;
  return new UntrustedDocumentError(hash, "hash");
}

/**
 * The operations of a request as Apollo reads them: a POST's JSON body (one operation or a batch), or
 * a GET's search parameters, read with URLSearchParams as Apollo does (the first of repeated ones), so
 * that the operation checked is the one that runs.
 */
function operationsOf(req: express.Request): unknown[] {
  if (req.method !== "GET") return Array.isArray(req.body) ? req.body : [req.body];
  const at = req.url.indexOf("?");
  const params = new URLSearchParams(at < 0 ? "" : req.url.slice(at));
  const extensions = params.get("extensions");
  try {
    return [{ query: params.get("query") ?? undefined, extensions: extensions ? (JSON.parse(extensions) as unknown) : undefined }];
  } catch {
    // Extensions that are not JSON: Apollo refuses the request; the text, if any, is still checked.
    return [{ query: params.get("query") ?? undefined }];
  }
}

const GRAPHQL_RESPONSE = "application/graphql-response+json";

/**
 * Refuses, in front of Apollo and before anything is parsed, a request with an operation that is not
 * a trusted document: 400 with UNTRUSTED_DOCUMENT, saying what to do. Mounted only when
 * TRUSTED_DOCUMENTS is set, so a server without it does no per-request work here.
 */
export function trustedDocumentsCheck(documents: TrustedDocuments): express.RequestHandler {
  return (req, res, next) => {
    for (const operation of operationsOf(req)) {
      const refusal = untrustedOperation(documents, operation);
      if (refusal) {
        const { http: _http, ...extensions } = refusal.extensions;
        // As Apollo answers: a client that accepts the GraphQL-over-HTTP type (Apollo Client does) reads a 400's errors only in that type.
        res.status(400).type(req.accepts(["application/json", GRAPHQL_RESPONSE]) || "application/json");
        res.json({ errors: [{ message: refusal.message, extensions }] });
        return;
      }
    }
    next();
  };
}
