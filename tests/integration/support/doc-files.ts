import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../../src/config";

/** The project's documentation: README.md and every Markdown file in docs/, relative to the root. */
export function docFiles(root = PROJECT_ROOT): string[] {
  const docs = fs.existsSync(path.join(root, "docs")) ? fs.readdirSync(path.join(root, "docs")).filter((name) => name.endsWith(".md")) : [];
  return ["README.md", ...docs.sort().map((name) => path.join("docs", name))];
}

export function readDoc(file: string, root = PROJECT_ROOT): string {
  return fs.readFileSync(path.join(root, file), "utf8");
}

/** Every ```graphql block of the documentation, with its file and the heading it stands under. */
export function graphqlExamples(): { file: string; heading: string; query: string }[] {
  const examples: { file: string; heading: string; query: string }[] = [];
  for (const file of docFiles()) {
    let heading = "";
    for (const [index, part] of readDoc(file).split(/^```/m).entries()) {
      if (index % 2 === 0) heading = [...part.matchAll(/^#+ (.*)$/gm)].at(-1)?.[1] ?? heading;
      else if (part.startsWith("graphql\n")) examples.push({ file, heading, query: part.slice("graphql\n".length) });
    }
  }
  return examples;
}

/** The ```ts block under a `## heading` of a documentation file. */
export function tsBlockUnder(file: string, heading: string): string {
  const section = readDoc(file)
    .split(/^## /m)
    .find((part) => part.startsWith(`${heading}\n`));
  const block = section?.match(/^```ts\n([\s\S]*?)^```/m)?.[1];
  if (!block) throw new Error(`${file} has no \`\`\`ts block under "## ${heading}"`);
  return block;
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The anchors of a Markdown text's headings (outside code blocks), with GitHub's -1, -2 for repeats. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [index, part] of markdown.split(/^```/m).entries()) {
    if (index % 2 === 1) continue;
    for (const [, heading] of part.matchAll(/^#+ (.*)$/gm)) {
      const anchor = headingAnchor(heading);
      const count = seen.get(anchor) ?? 0;
      seen.set(anchor, count + 1);
      anchors.add(count === 0 ? anchor : `${anchor}-${count}`);
    }
  }
  return anchors;
}

/**
 * The relative links of the documentation that lead nowhere: to a file that does not exist, or to a
 * heading anchor the target file does not have. Links with a scheme (https:, mailto:) are not followed.
 */
export function brokenLinks(root = PROJECT_ROOT, files = docFiles(root)): string[] {
  const broken: string[] = [];
  for (const file of files) {
    const text = readDoc(file, root)
      .split(/^```/m)
      .filter((_, index) => index % 2 === 0)
      .join("");
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const [pathPart, anchor] = target.split("#");
      const resolved = pathPart ? path.join(path.dirname(file), pathPart) : file;
      if (!fs.existsSync(path.join(root, resolved))) broken.push(`${file}: ${target} (no such file)`);
      else if (anchor && resolved.endsWith(".md") && !anchorsOf(readDoc(resolved, root)).has(anchor)) broken.push(`${file}: ${target} (no such heading)`);
    }
  }
  return broken;
}
