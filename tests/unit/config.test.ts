import { loadConfig } from "../../src/config";

describe("loadConfig", () => {
  it("defaults to the managed Neo4j on loopback with a neo4j:// routing URI", () => {
    const config = loadConfig({});
    expect(config.neo4j.externalUri).toBeNull();
    expect(config.neo4j.uri).toBe("neo4j://127.0.0.1:7687");
    expect(config.port).toBe(4000);
    expect(config.neo4j.queryTimeoutMs).toBe(5000);
  });

  it("uses NEO4J_URI as given and marks the database as external", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io" });
    expect(config.neo4j.externalUri).toBe("neo4j+s://abc.databases.neo4j.io");
    expect(config.neo4j.uri).toBe("neo4j+s://abc.databases.neo4j.io");
  });

  it.each([
    "neo4j://db.internal:7687",
    "neo4j+s://abc.databases.neo4j.io",
    "neo4j+ssc://cluster.internal",
    "bolt+s://primary.internal:7687",
    "bolt://127.0.0.1:7687",
  ])("accepts the routing and TLS URI %s and starts no Neo4j of its own", (uri) => {
    const config = loadConfig({ NEO4J_URI: uri });
    expect(config.neo4j.uri).toBe(uri);
    expect(config.neo4j.externalUri).toBe(uri);
  });

  it("serves the IDE where introspection is on, unless told otherwise, and the explorer always", () => {
    expect(loadConfig({}).web).toEqual({ ide: true, explorer: true });
    expect(loadConfig({ NODE_ENV: "production", API_KEYS: "a-key-that-is-long-enough" }).web).toEqual({ ide: false, explorer: true });
    expect(loadConfig({ NODE_ENV: "production", API_KEYS: "a-key-that-is-long-enough", INTROSPECTION: "true" }).web.ide).toBe(true);
    expect(loadConfig({ NODE_ENV: "production", API_KEYS: "a-key-that-is-long-enough", IDE_ENABLED: "true" }).web.ide).toBe(true);
    expect(loadConfig({ EXPLORER_ENABLED: "false", IDE_ENABLED: "false" }).web).toEqual({ ide: false, explorer: false });
  });

  it("caps the transactions run in Neo4j at once at 8 unless told otherwise", () => {
    expect(loadConfig({}).neo4j.maxConcurrentQueries).toBe(8);
    expect(loadConfig({ NEO4J_MAX_CONCURRENT_QUERIES: "32" }).neo4j.maxConcurrentQueries).toBe(32);
  });

  it("keeps live-update events in the process unless REDIS_URL names a Redis, and refuses a URL that is not redis:// or rediss://", () => {
    expect(loadConfig({}).live).toEqual({ redisUrl: null, maxConnections: 1000, maxSubscriptionsPerConnection: 200 });
    expect(loadConfig({ REDIS_URL: "redis://cache:6379" }).live.redisUrl).toBe("redis://cache:6379");
    expect(() => loadConfig({ REDIS_URL: "http://cache:6379" })).toThrow(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
    expect(() => loadConfig({ LIVE_MAX_SUBSCRIPTIONS: "0" })).toThrow(/LIVE_MAX_SUBSCRIPTIONS must be a whole number from 1 to 10000/);
  });

  it("traces nothing and serves metrics by default; OTEL_EXPORTER_OTLP_ENDPOINT turns traces on", () => {
    expect(loadConfig({}).telemetry).toEqual({ otlpEndpoint: null, serviceName: "knowledge-graph-server", metricsEnabled: true });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_SERVICE_NAME: "kg-eu", METRICS_ENABLED: "false" }).telemetry).toEqual({
      otlpEndpoint: "http://collector:4318",
      serviceName: "kg-eu",
      metricsEnabled: false,
    });
  });

  it("has no API key by default in production, and the development key elsewhere", () => {
    expect(loadConfig({ NODE_ENV: "production" }).auth.apiKeys).toEqual([]);
    expect(loadConfig({ NODE_ENV: "development" }).auth.apiKeys).toEqual(["knowledge-graph-dev-key"]);
  });

  it.each([
    [{ PORT: "http" }, "PORT must be a whole number"],
    [{ NEO4J_URI: "http://localhost:7474" }, "NEO4J_URI must be a neo4j:// or bolt:// URI"],
    [{ NEO4J_HEAP_SIZE: "lots" }, "NEO4J_HEAP_SIZE must be a memory size"],
    [{ LOAD_SEEDS: "maybe" }, "LOAD_SEEDS must be true or false"],
    [{ NEO4J_PASSWORD: "short" }, "NEO4J_PASSWORD must have at least 8 characters"],
    [{ NEO4J_VERSION: "2025.01.0" }, "NEO4J_VERSION must be a Neo4j 5.26 LTS patch version"],
    [{ NEO4J_DATABASE: "my db" }, "NEO4J_DATABASE must be a Neo4j database name"],
    [{ API_KEYS: "short" }, "API_KEYS must list keys of at least 16 characters"],
    [{ AUTH_JWT_SECRET: "too-short" }, "AUTH_JWT_SECRET must have at least 32 characters"],
    [{ AUTH_JWT_SECRET: "x".repeat(32), AUTH_JWKS_URL: "https://issuer.test/jwks.json" }, "AUTH_JWT_SECRET and AUTH_JWKS_URL are both set"],
    [{ AUTH_JWKS_URL: "file:///etc/keys" }, "AUTH_JWKS_URL must be an http(s) URL"],
    [{ MAX_QUERY_DEPTH: "0" }, "MAX_QUERY_DEPTH must be"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL must be one of"],
    [{ IDE_ENABLED: "maybe" }, "IDE_ENABLED must be"],
    [{ NEO4J_MAX_CONCURRENT_QUERIES: "0" }, "NEO4J_MAX_CONCURRENT_QUERIES must be"],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" }, "OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL"],
    [{ OTEL_SERVICE_NAME: "knowledge graph" }, "OTEL_SERVICE_NAME must be a service name"],
    [{ METRICS_ENABLED: "sometimes" }, "METRICS_ENABLED must be true or false"],
  ])("names the variable when %p is bad", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
