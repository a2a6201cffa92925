import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PublisherGrades } from "../../../src/ingest/publisher-grades";

function gradesFile(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "grades-")), "grades.yaml");
  fs.writeFileSync(file, text);
  return file;
}

describe("PublisherGrades", () => {
  it("grades the checked-in publishers and leaves an unknown publisher at F", () => {
    const grades = PublisherGrades.fromFile(path.join(__dirname, "../../../seeds/publisher-grades.yaml"));
    expect(grades.gradeOf("Transport Topics", null)).toEqual({ publisher: "Transport Topics", grade: "B" });
    expect(grades.gradeOf(null, "https://www.ttnews.com/articles/foton")).toEqual({ publisher: "Transport Topics", grade: "B" });
    expect(grades.gradeOf("Some Blog", "https://example.org")).toEqual({ publisher: null, grade: "F" });
  });

  it("matches whole words only, ignoring case and punctuation", () => {
    const grades = PublisherGrades.fromFile(gradesFile("publishers:\n  - { name: AP, grade: A, matches: [ap] }\n"));
    expect(grades.gradeOf("A.P.", null).grade).toBe("F");
    expect(grades.gradeOf("(AP) wire", null).grade).toBe("A");
    expect(grades.gradeOf("Japan Times", null).grade).toBe("F");
  });

  it("fails on a malformed file with a message naming the entry", () => {
    expect(() => PublisherGrades.fromFile(gradesFile("publishers:\n  - { name: X, grade: Z, matches: [x] }\n"))).toThrow(
      /publishers\[0\] \(X\): grade must be one of A to F/,
    );
    expect(() => PublisherGrades.fromFile(gradesFile("nothing: here\n"))).toThrow(/expected a list under "publishers"/);
  });
});
