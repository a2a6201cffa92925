import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ManagedNeo4jError } from "./managed-neo4j.error";

function pomFor(version: string): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.knowledge-graph</groupId>
  <artifactId>neo4j-community-fetch</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j.assembly</groupId>
      <artifactId>neo4j-community-standalone</artifactId>
      <version>${version}</version>
      <type>pom</type>
    </dependency>
  </dependencies>
</project>
`;
}

/** The folder of server jars for a version; present once the distribution has been fetched. */
export function distributionLibDir(cacheDir: string, version: string): string {
  return path.join(cacheDir, version, "lib");
}

function isComplete(libDir: string, version: string): boolean {
  return fs.existsSync(path.join(libDir, `neo4j-server-${version}.jar`)) && fs.existsSync(path.join(libDir, ".complete"));
}

/**
 * Makes sure the Neo4j Community server jars of `version` are in the cache, resolving them once from
 * Maven Central with `mvn dependency:copy-dependencies`. The jars land in a temporary folder that is
 * renamed into place only when complete, so an interrupted download never passes for a distribution;
 * later calls find the cache and work offline.
 */
export function ensureDistribution(cacheDir: string, version: string, log: (line: string) => void = () => {}): string {
  const libDir = distributionLibDir(cacheDir, version);
  if (isComplete(libDir, version)) return libDir;

  const versionDir = path.join(cacheDir, version);
  const stagingDir = path.join(versionDir, `lib.partial-${process.pid}`);
  fs.mkdirSync(versionDir, { recursive: true });
  fs.rmSync(stagingDir, { recursive: true, force: true });
  const pomPath = path.join(versionDir, "pom.xml");
  fs.writeFileSync(pomPath, pomFor(version));

  log(`Fetching Neo4j Community ${version} from Maven Central (once; later starts use ${libDir}) ...`);
  const result = spawnSync("mvn", ["-q", "-B", "-f", pomPath, "dependency:copy-dependencies", `-DoutputDirectory=${stagingDir}`, "-DincludeScope=runtime"], {
    encoding: "utf8",
    timeout: 20 * 60_000,
  });
  if (result.error && (result.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new ManagedNeo4jError(
      "Maven (mvn) is not installed; it fetches Neo4j once. Install it (e.g. apt-get install maven), or set NEO4J_URI to use an existing Neo4j.",
    );
  }
  if (result.status !== 0 || !fs.existsSync(path.join(stagingDir, `neo4j-server-${version}.jar`))) {
    const detail = `${result.stdout ?? ""}${result.stderr ?? ""}`.split("\n").filter((line) => /ERROR/.test(line))[0] ?? "no error line printed";
    fs.rmSync(stagingDir, { recursive: true, force: true });
    throw new ManagedNeo4jError(`Could not fetch Neo4j ${version} with mvn (${detail.trim()}). Check access to Maven Central and run again.`);
  }
  fs.writeFileSync(path.join(stagingDir, ".complete"), `${version}\n`);
  fs.rmSync(libDir, { recursive: true, force: true });
  fs.renameSync(stagingDir, libDir);
  return libDir;
}
