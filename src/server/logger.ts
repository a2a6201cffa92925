import pino, { type DestinationStream, type Logger } from "pino";
import type { Config } from "../config";

/**
 * The server's structured JSON logger. Credentials are redacted wherever they would appear, and
 * request logs carry ids, names, durations and codes, never query variables or article texts.
 */
export function createLogger(config: Config, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: "knowledge-graph-server" },
      redact: { paths: ["authorization", "*.authorization", "headers.authorization", "apiKey", "*.apiKey", "password", "*.password"], censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
