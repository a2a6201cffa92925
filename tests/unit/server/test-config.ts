import { loadConfig, type Config } from "../../../src/config";

/** A configuration for `NODE_ENV`, with nothing else from the environment. */
export function testConfigFor(nodeEnv: "development" | "production" | "test"): Config {
  return loadConfig({ NODE_ENV: nodeEnv, API_KEYS: "unit-test-key-0123456789" });
}
