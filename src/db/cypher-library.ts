import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config";

export const CYPHER_DIR = path.join(PROJECT_ROOT, "cypher");

const cache = new Map<string, string>();

/**
 * Returns the text of `cypher/<name>.cypher`. Queries live in files, named for what they do and
 * taking `$parameters` only, so no Cypher is ever assembled from user input. A name may have one
 * sub-folder (`bench/floor-company-agreements`, for the tools' queries) and nothing else, no `..`.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const file = path.join(CYPHER_DIR, `${name}.cypher`);
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)?$/.test(name) || !fs.existsSync(file)) {
      throw new Error(`No Cypher file named ${name}.cypher in ${CYPHER_DIR}`);
    }
    text = fs.readFileSync(file, "utf8").trim();
    cache.set(name, text);
  }
  return text;
}

/** Splits a file of several statements (such as the schema file) on the semicolons that end lines. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.replace(/^\s*\/\/.*$/gm, "").trim())
    .filter(Boolean);
}

/** A statement rendered from a template of cypher/: the text sent, named after its template for errors and logs. */
export interface RenderedCypher {
  template: string;
  text: string;
}

/**
 * Fills the `{{slot}}` placeholders of a template of cypher/ and drops its comment lines. Slots are
 * for query structure only (generated variable numbers, relationship types taken from the enum,
 * other rendered templates); values always travel as `$parameters`. A slot the template has but
 * `slots` lacks is an error rather than a half-rendered query.
 */
export function renderCypher(template: string, slots: Record<string, string>): string {
  return cypher(template)
    .replace(/^\s*\/\/.*\n/gm, "")
    .replace(/\{\{(\w+)\}\}/g, (_match, slot: string) => {
      const value = slots[slot];
      if (value === undefined) throw new Error(`cypher/${template}.cypher needs a value for {{${slot}}}`);
      return value;
    });
}
