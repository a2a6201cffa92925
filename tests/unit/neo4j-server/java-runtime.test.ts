import { findJavaRuntime, parseJavaMajor } from "../../../src/neo4j-server/java-runtime";

describe("parseJavaMajor", () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "25.0.1" 2025-10-21', 25],
  ])("reads %s as Java %d", (line, major) => {
    expect(parseJavaMajor(line)).toBe(major);
  });

  it("returns null for output without a version", () => {
    expect(parseJavaMajor("command not found")).toBeNull();
  });
});

describe("findJavaRuntime", () => {
  it("says what to install when NEO4J_JAVA_HOME has no Java", () => {
    expect(() => findJavaRuntime("/nonexistent/jdk", null)).toThrow(
      "NEO4J_JAVA_HOME=/nonexistent/jdk has no working bin/java. Point it at a Java 17 or 21 installation.",
    );
  });
});
