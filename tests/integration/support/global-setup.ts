import { ManagedNeo4j } from "../../../src/neo4j-server/managed-neo4j";
import { testConfig } from "./test-neo4j";

export default async function globalSetup(): Promise<void> {
  const server = new ManagedNeo4j(testConfig());
  const { startedHere } = await server.start((line) => console.log(`\n[test neo4j] ${line}`));
  (globalThis as { __startedTestNeo4j?: boolean }).__startedTestNeo4j = startedHere;
}
