import { evalExtract, parseEvalArgs } from "../../../../src/tools/cli/eval-extract";

describe("parseEvalArgs", () => {
  it("keeps the test half's misses hidden unless --verbose-test is given", () => {
    expect(parseEvalArgs([])).toEqual({ verbose: false, verboseTest: false });
    expect(parseEvalArgs(["--verbose"])).toEqual({ verbose: true, verboseTest: false });
    expect(parseEvalArgs(["--verbose-test"])).toEqual({ verbose: false, verboseTest: true });
  });

  it("answers null for --help and refuses a flag it does not know", () => {
    expect(parseEvalArgs(["--help"])).toBeNull();
    expect(() => parseEvalArgs(["--verbose-all"])).toThrow("--verbose-all is not an option of npm run eval:extract");
  });
});

describe("evalExtract", () => {
  it("reports the seeds, the dev half and the test half apart, and with --verbose lists no test-half article", async () => {
    const lines: string[] = [];
    expect(await evalExtract({ verbose: true, verboseTest: false }, (line) => lines.push(line))).toBe(0);
    const headings = lines.filter((line) => / \(\d+ articles\)$/.test(line));
    expect(headings).toEqual([expect.stringMatching(/^Seed articles/), expect.stringMatching(/^Dev half/), expect.stringMatching(/^Test half/)]);
    expect(lines.some((line) => /^1\d\d_.*\.txt$/.test(line))).toBe(true);
    expect(lines.filter((line) => /^2\d\d_.*\.txt$/.test(line))).toEqual([]);
    expect(lines).toContainEqual(expect.stringMatching(/^target: entity F1 >= 0\.85 \((met|missed)\), relation F1 >= 0\.65 \((met|missed)\)$/));
  });
});
