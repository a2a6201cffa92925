import fs from "node:fs";
import { parse } from "yaml";
import { getConfig } from "../config";
import { SOURCE_GRADE } from "../model/shared-enums";
import { nameKey } from "../model/name-key";

export type SourceGrade = keyof typeof SOURCE_GRADE.values;

/** The grade of a publisher nobody graded. */
export const UNKNOWN_GRADE: SourceGrade = "F";

interface GradedPublisher {
  name: string;
  grade: SourceGrade;
  matches: string[];
}

/** A document's publisher as the grades file names it, and its grade; the publisher is null when no entry matches. */
export interface PublisherGrade {
  publisher: string | null;
  grade: SourceGrade;
}

/**
 * Publisher grades read from a checked-in YAML file, so that analysts can filter facts by how
 * reliable their sources are and change the grading without touching code. A malformed file fails
 * at start with a message naming the file and the entry.
 */
export class PublisherGrades {
  constructor(private readonly publishers: GradedPublisher[]) {}

  static fromFile(file: string): PublisherGrades {
    const raw = parse(fs.readFileSync(file, "utf8")) as { publishers?: unknown };
    if (!Array.isArray(raw?.publishers)) throw new Error(`${file}: expected a list under "publishers"`);
    const publishers = raw.publishers.map((entry: Partial<GradedPublisher>, index: number): GradedPublisher => {
      const where = `${file}: publishers[${index}]`;
      if (typeof entry?.name !== "string" || !entry.name.trim()) throw new Error(`${where} needs a name`);
      if (typeof entry.grade !== "string" || !(entry.grade in SOURCE_GRADE.values)) throw new Error(`${where} (${entry.name}): grade must be one of A to F`);
      if (!Array.isArray(entry.matches) || !entry.matches.every((match) => typeof match === "string" && nameKey(match)))
        throw new Error(`${where} (${entry.name}): matches must be a list of words to find in a source or url`);
      return { name: entry.name, grade: entry.grade, matches: entry.matches.map(nameKey) };
    });
    return new PublisherGrades(publishers);
  }

  /** The publisher of a document with this source and url, and its grade. */
  gradeOf(source: unknown, url: unknown): PublisherGrade {
    const text = ` ${nameKey([source, url].filter((value) => typeof value === "string").join(" "))} `;
    const found = this.publishers.find((publisher) => publisher.matches.some((match) => text.includes(` ${match} `)));
    return found ? { publisher: found.name, grade: found.grade } : { publisher: null, grade: UNKNOWN_GRADE };
  }
}

let loaded: PublisherGrades | null = null;

/** The grades of the file the config names, read once. */
export function publisherGrades(): PublisherGrades {
  return (loaded ??= PublisherGrades.fromFile(getConfig().publisherGradesFile));
}
