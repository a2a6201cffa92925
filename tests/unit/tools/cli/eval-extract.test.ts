import { parseEvalArgs } from "../../../../src/tools/cli/eval-extract";

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
