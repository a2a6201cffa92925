import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { getConfig } from "../../config";
import { PEER_TYPE_DEFS } from "./peer-type-defs";

/** The line the peer prints once it listens; run-bench.ts reads the URL from it. */
export const PEER_READY = /Peer ready at (http:\/\/\S+)/;

/**
 * The peer of the benchmark: @neo4j/graphql with the same model over the same database, on a free
 * port of loopback. run-bench.ts starts it as a process of its own, as it starts our server, so that
 * the memory of each can be read alone and neither shares the bench's event loop. It stops on SIGTERM.
 */
export async function servePeer(): Promise<void> {
  const config = getConfig();
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password));
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: "127.0.0.1" },
    context: () => Promise.resolve({ sessionConfig: { database: config.neo4j.database } }),
  });
  process.once("SIGTERM", () => {
    void server
      .stop()
      .then(() => driver.close())
      .then(() => process.exit(0));
  });
  console.log(`Peer ready at ${url}`);
}

if (require.main === module) {
  servePeer().catch((error: unknown) => {
    console.error(`The peer did not start: ${(error as Error).message}`);
    process.exit(1);
  });
}
