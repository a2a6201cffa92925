import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ManagedNeo4jError } from "./managed-neo4j.error";

/** Java majors that Neo4j 5.26 LTS supports. */
export const SUPPORTED_JAVA_MAJORS = [17, 21] as const;

export interface JavaRuntime {
  executable: string;
  major: number;
  versionLine: string;
}

/** Reads the major version from the first line of `java -version` ("17.0.15", "21", "1.8.0_392"). */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

function probe(executable: string): JavaRuntime | null {
  const result = spawnSync(executable, ["-version"], { encoding: "utf8", timeout: 15_000 });
  if (result.error || result.status !== 0) return null;
  const output = `${result.stderr}${result.stdout}`;
  const major = parseJavaMajor(output);
  if (major === null) return null;
  return { executable, major, versionLine: output.split("\n")[0].trim() };
}

function jvmDirectoryCandidates(): string[] {
  const roots = ["/usr/lib/jvm", "/usr/java", "/opt/java", "/Library/Java/JavaVirtualMachines"];
  const found: string[] = [];
  for (const root of roots) {
    if (!fs.existsSync(root)) continue;
    for (const entry of fs.readdirSync(root).sort()) {
      for (const bin of ["bin/java", "Contents/Home/bin/java"]) {
        const candidate = path.join(root, entry, bin);
        if (fs.existsSync(candidate)) found.push(candidate);
      }
    }
  }
  return found;
}

/**
 * Picks a Java that Neo4j 5.26 supports. An explicit NEO4J_JAVA_HOME must be suitable; otherwise
 * JAVA_HOME, the `java` on PATH and the usual JVM folders are tried in that order, so a machine whose
 * default Java is newer than 21 still finds its Java 17 or 21.
 */
export function findJavaRuntime(explicitHome: string | null, systemJavaHome: string | null): JavaRuntime {
  const wanted = SUPPORTED_JAVA_MAJORS.join(" or ");
  if (explicitHome) {
    const runtime = probe(path.join(explicitHome, "bin", "java"));
    if (!runtime) {
      throw new ManagedNeo4jError(`NEO4J_JAVA_HOME=${explicitHome} has no working bin/java. Point it at a Java ${wanted} installation.`);
    }
    if (!SUPPORTED_JAVA_MAJORS.includes(runtime.major as 17 | 21)) {
      throw new ManagedNeo4jError(`NEO4J_JAVA_HOME points at Java ${runtime.major}; Neo4j 5.26 needs Java ${wanted}. Point it at one of those.`);
    }
    return runtime;
  }
  const candidates = [...(systemJavaHome ? [path.join(systemJavaHome, "bin", "java")] : []), "java", ...jvmDirectoryCandidates()];
  const seen: string[] = [];
  for (const candidate of candidates) {
    const runtime = probe(candidate);
    if (!runtime) continue;
    if (SUPPORTED_JAVA_MAJORS.includes(runtime.major as 17 | 21)) return runtime;
    seen.push(`Java ${runtime.major} (${candidate})`);
  }
  const found = seen.length > 0 ? `Found only ${[...new Set(seen)].join(", ")}. ` : "No Java was found. ";
  throw new ManagedNeo4jError(
    `${found}Neo4j 5.26 needs Java ${wanted}: install one (e.g. apt-get install openjdk-17-jre-headless) or set NEO4J_JAVA_HOME to it.`,
  );
}
