import { ManagedNeo4j } from "../../../src/neo4j-server/managed-neo4j";
import { testConfig } from "./test-neo4j";

export default async function globalTeardown(): Promise<void> {
  if ((globalThis as { __startedTestNeo4j?: boolean }).__startedTestNeo4j) {
    await new ManagedNeo4j(testConfig()).stop();
  }
}
