import express from "express";
import type { Neo4jGateway } from "../db/neo4j-gateway";

/** Whether the seed graph has been loaded; /ready reports it. */
export interface AppState {
  seedLoaded: boolean;
  /** What went wrong loading the seed graph, if anything; /ready reports it. */
  seedErrors: string[];
}

/**
 * Liveness at /health (the process serves) and readiness at /ready (Neo4j answers and the seed graph
 * is loaded, 503 otherwise, saying which), with what `services` reports of the others (Redis). The
 * ping skips the query slots, so a busy server is ready.
 */
export function healthRoutes(gateway: Neo4jGateway, state: AppState, services: () => object = () => ({})): express.Router {
  const router = express.Router();
  router.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/ready", async (_req, res) => {
    try {
      await gateway.ping();
      if (!state.seedLoaded) {
        const status = state.seedErrors.length > 0 ? "seed-load-failed" : "loading";
        res.status(503).json({ status, neo4j: "up", ...services(), seedLoaded: false, seedErrors: state.seedErrors });
        return;
      }
      res.json({ status: "ready", neo4j: "up", ...services(), seedLoaded: true });
    } catch {
      res.status(503).json({ status: "unavailable", neo4j: "down", ...services(), seedLoaded: state.seedLoaded });
    }
  });
  return router;
}
