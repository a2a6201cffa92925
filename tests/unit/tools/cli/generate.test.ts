import { parseGenerateArgs } from "../../../../src/tools/cli/generate";

describe("parseGenerateArgs", () => {
  it("reads --scale and --seed", () => {
    expect(parseGenerateArgs(["--scale", "0.5", "--seed", "9"])).toEqual({ scale: 0.5, seed: 9 });
  });

  it.each([
    [["--scale", "huge"], "--scale must be a number from 0.001 to 10"],
    [["--seed", "1.5"], "--seed must be a whole number"],
    [["--size", "1"], "--size is not an option of npm run generate"],
  ])("refuses %p, naming the flag", (args, message) => {
    expect(() => parseGenerateArgs(args)).toThrow(message);
  });
});
