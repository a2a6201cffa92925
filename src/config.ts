import path from "node:path";
import { readTrustedDocuments, type TrustedDocuments } from "./server/trusted-documents";

/** Root of the project checkout: every relative path in the config is resolved against it. */
export const PROJECT_ROOT = path.resolve(__dirname, "..");

export type NodeEnv = "development" | "production" | "test";

export interface ManagedNeo4jConfig {
  /** Where this instance keeps conf/, data/, logs/ and run/. */
  homeDir: string;
  boltPort: number;
  heapSize: string;
  pageCacheSize: string;
  startTimeoutSeconds: number;
}

export interface Config {
  env: NodeEnv;
  host: string;
  port: number;
  neo4j: {
    /** Set when the project must use an existing database and start nothing. */
    externalUri: string | null;
    uri: string;
    user: string;
    password: string;
    database: string;
    queryTimeoutMs: number;
    connectionAcquisitionTimeoutMs: number;
    /** How many transactions this process runs in Neo4j at once; more wait their turn, writes first. */
    maxConcurrentQueries: number;
  };
  managed: ManagedNeo4jConfig;
  distribution: {
    version: string;
    cacheDir: string;
    javaHome: string | null;
    /** JAVA_HOME, tried after NEO4J_JAVA_HOME. */
    systemJavaHome: string | null;
  };
  seedsDir: string;
  /** The YAML file that grades publishers A to F (see src/ingest/publisher-grades.ts). */
  publisherGradesFile: string;
  loadSeedsOnStart: boolean;
  corsOrigins: string[];
  web: {
    /** Whether GraphiQL is served at / and to browsers at /graphql (off by default when introspection is). */
    ide: boolean;
    /** Whether the graph explorer is served at /explore. */
    explorer: boolean;
  };
  auth: {
    /** Keys that may call mutations, sent as `Authorization: Bearer <key>`. */
    apiKeys: string[];
    /** HS256 secret that signs accepted JWTs. */
    jwtSecret: string | null;
    /** URL of the JWKS whose keys sign accepted JWTs (instead of a secret). */
    jwksUrl: string | null;
    jwtIssuer: string | null;
    jwtAudience: string | null;
    /** Whether queries need credentials too (they are public by default). */
    readsRequireAuth: boolean;
  };
  ingest: {
    /** The largest article text ingestDocument accepts, in UTF-8 bytes. */
    maxBytes: number;
  };
  export: {
    /** The most hops a neighbourhood export may reach from its entity. */
    maxDepth: number;
    /** How many nodes each statement of an export reads. */
    pageSize: number;
    /** Where the JSON-LD context is published; null means this server's own /export/context.jsonld. */
    contextUrl: string | null;
  };
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    maxCost: number;
    introspection: boolean;
    blockFieldSuggestions: boolean;
    /** Whether a request may carry several operations (a JSON array), and how many at most. */
    batching: boolean;
    maxBatch: number;
  };
  /** The only operations the server runs, from the manifests TRUSTED_DOCUMENTS lists; null runs any. */
  trustedDocuments: TrustedDocuments | null;
  live: {
    /** Redis whose pub/sub carries live-update events between replicas; null keeps them in this process. */
    redisUrl: string | null;
    /** WebSocket connections this process holds at once; more are refused at the upgrade. */
    maxConnections: number;
    /** Subscriptions one WebSocket connection may hold at once. */
    maxSubscriptionsPerConnection: number;
  };
  telemetry: {
    /** Base URL of an OTLP/HTTP collector (OTEL_EXPORTER_OTLP_ENDPOINT); traces are off when null. */
    otlpEndpoint: string | null;
    serviceName: string;
    /** Whether Prometheus metrics are served at /metrics. */
    metricsEnabled: boolean;
  };
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Configuration error: ${variable} ${problem}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function readSize(env: Env, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  if (!/^\d+[kmg]$/i.test(raw)) {
    throw new ConfigError(name, `must be a memory size such as 512m or 2g, got "${raw}"`);
  }
  return raw;
}

function readMatching(env: Env, name: string, fallback: string, pattern: RegExp, what: string): string {
  const raw = env[name] || fallback;
  if (!pattern.test(raw)) throw new ConfigError(name, `must be ${what}, got "${raw}"`);
  return raw;
}

function readVersion(env: Env): string {
  const raw = env.NEO4J_VERSION || "5.26.30";
  if (!/^5\.26\.\d+$/.test(raw)) {
    throw new ConfigError("NEO4J_VERSION", `must be a Neo4j 5.26 LTS patch version such as 5.26.30, got "${raw}"`);
  }
  return raw;
}

function readUri(env: Env, name: string): string | null {
  const raw = env[name];
  if (raw === undefined || raw === "") return null;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/.test(raw)) {
    throw new ConfigError(name, `must be a neo4j:// or bolt:// URI (optionally +s or +ssc), got "${raw}"`);
  }
  return raw;
}

function resolvePath(raw: string): string {
  return path.isAbsolute(raw) ? raw : path.resolve(PROJECT_ROOT, raw);
}

/**
 * Builds the configuration from an environment. Every setting has a default that runs the managed
 * Neo4j on loopback; a bad value fails here, naming the variable, rather than later in a driver call.
 */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = (env.NODE_ENV ?? "development") as NodeEnv;
  if (!["development", "production", "test"].includes(nodeEnv)) {
    throw new ConfigError("NODE_ENV", `must be development, production or test, got "${nodeEnv}"`);
  }
  const boltPort = readInt(env, "NEO4J_BOLT_PORT", 7687, 1024, 65535);
  const externalUri = readUri(env, "NEO4J_URI");
  const password = env.NEO4J_PASSWORD ?? "knowledge-graph-dev";
  if (password.length < 8) {
    throw new ConfigError("NEO4J_PASSWORD", "must have at least 8 characters (Neo4j refuses shorter ones)");
  }
  const corsOrigins = (env.CORS_ORIGINS ?? "*")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  return {
    env: nodeEnv,
    host: readMatching(env, "HOST", "127.0.0.1", /^[\w.:-]+$/, "a host name or IP address such as 127.0.0.1 or 0.0.0.0"),
    port: readInt(env, "PORT", 4000, 0, 65535),
    neo4j: {
      externalUri,
      uri: externalUri ?? `neo4j://127.0.0.1:${boltPort}`,
      user: readMatching(env, "NEO4J_USER", "neo4j", /^\S+$/, "a user name without spaces"),
      password,
      database: readMatching(env, "NEO4J_DATABASE", "neo4j", /^[A-Za-z][A-Za-z0-9.-]{2,62}$/, "a Neo4j database name such as neo4j"),
      queryTimeoutMs: readInt(env, "QUERY_TIMEOUT_MS", 5000, 100, 600_000),
      connectionAcquisitionTimeoutMs: readInt(env, "NEO4J_ACQUISITION_TIMEOUT_MS", 5000, 100, 600_000),
      maxConcurrentQueries: readInt(env, "NEO4J_MAX_CONCURRENT_QUERIES", 8, 1, 1000),
    },
    managed: {
      homeDir: resolvePath(env.NEO4J_HOME_DIR ?? ".neo4j/instances/dev"),
      boltPort,
      heapSize: readSize(env, "NEO4J_HEAP_SIZE", "2g"),
      pageCacheSize: readSize(env, "NEO4J_PAGECACHE_SIZE", "2g"),
      startTimeoutSeconds: readInt(env, "NEO4J_START_TIMEOUT_SECONDS", 120, 5, 3600),
    },
    distribution: {
      version: readVersion(env),
      cacheDir: resolvePath(env.NEO4J_CACHE_DIR ?? ".neo4j/dist"),
      javaHome: env.NEO4J_JAVA_HOME || null,
      systemJavaHome: env.JAVA_HOME || null,
    },
    seedsDir: resolvePath(env.SEEDS_DIR ?? "seeds"),
    publisherGradesFile: resolvePath(env.PUBLISHER_GRADES ?? "seeds/publisher-grades.yaml"),
    loadSeedsOnStart: readBool(env, "LOAD_SEEDS", true),
    corsOrigins,
    web: {
      ide: readBool(env, "IDE_ENABLED", readBool(env, "INTROSPECTION", nodeEnv !== "production")),
      explorer: readBool(env, "EXPLORER_ENABLED", true),
    },
    auth: {
      apiKeys: readApiKeys(env, nodeEnv),
      jwtSecret: readJwtSecret(env),
      jwksUrl: env.AUTH_JWKS_URL ? readMatching(env, "AUTH_JWKS_URL", "", /^https?:\/\/\S+$/, "an http(s) URL of a JSON Web Key Set") : null,
      jwtIssuer: env.AUTH_JWT_ISSUER || null,
      jwtAudience: env.AUTH_JWT_AUDIENCE || null,
      readsRequireAuth: readBool(env, "READS_REQUIRE_AUTH", false),
    },
    ingest: { maxBytes: readInt(env, "INGEST_MAX_BYTES", 200_000, 1_000, 900_000) },
    export: readExportConfig(env),
    logLevel: readMatching(
      env,
      "LOG_LEVEL",
      nodeEnv === "test" ? "silent" : "info",
      /^(fatal|error|warn|info|debug|trace|silent)$/,
      "one of fatal, error, warn, info, debug, trace or silent",
    ),
    limits: readLimits(env, nodeEnv),
    trustedDocuments: readTrustedDocumentsVar(env),
    live: readLive(env),
    telemetry: readTelemetry(env),
  };
}

function readLimits(env: Env, nodeEnv: NodeEnv): Config["limits"] {
  return {
    maxDepth: readInt(env, "MAX_QUERY_DEPTH", 10, 1, 100),
    maxAliases: readInt(env, "MAX_ALIASES", 15, 0, 1000),
    maxDirectives: readInt(env, "MAX_DIRECTIVES", 50, 0, 1000),
    maxTokens: readInt(env, "MAX_TOKENS", 1000, 10, 100_000),
    maxCost: readInt(env, "MAX_QUERY_COST", 5000, 1, 10_000_000),
    introspection: readBool(env, "INTROSPECTION", nodeEnv !== "production"),
    blockFieldSuggestions: readBool(env, "BLOCK_FIELD_SUGGESTIONS", nodeEnv === "production"),
    batching: readBool(env, "ALLOW_BATCHING", false),
    maxBatch: readInt(env, "MAX_BATCH_OPERATIONS", 10, 1, 100),
  };
}

function readTelemetry(env: Env): Config["telemetry"] {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  return {
    otlpEndpoint: endpoint ? readMatching(env, "OTEL_EXPORTER_OTLP_ENDPOINT", "", /^https?:\/\/\S+$/, "an http(s) URL of an OTLP collector") : null,
    serviceName: readMatching(env, "OTEL_SERVICE_NAME", "knowledge-graph-server", /^\S{1,100}$/, "a service name without spaces"),
    metricsEnabled: readBool(env, "METRICS_ENABLED", true),
  };
}

function readLive(env: Env): Config["live"] {
  return {
    redisUrl: env.REDIS_URL ? readMatching(env, "REDIS_URL", "", /^rediss?:\/\/\S+$/, "a redis:// or rediss:// URL such as redis://127.0.0.1:6379") : null,
    maxConnections: readInt(env, "LIVE_MAX_CONNECTIONS", 1000, 0, 100_000),
    maxSubscriptionsPerConnection: readInt(env, "LIVE_MAX_SUBSCRIPTIONS", 200, 1, 10_000),
  };
}

/** TRUSTED_DOCUMENTS: manifest files separated by commas, merged; a missing or malformed one stops the start. */
function readTrustedDocumentsVar(env: Env): TrustedDocuments | null {
  const files = (env.TRUSTED_DOCUMENTS ?? "")
    .split(",")
    .map((file) => file.trim())
    .filter(Boolean);
  if (files.length === 0) return null;
  try {
    return readTrustedDocuments(files.map(resolvePath));
  } catch (error) {
    throw new ConfigError("TRUSTED_DOCUMENTS", (error as Error).message);
  }
}

function readExportConfig(env: Env): Config["export"] {
  return {
    maxDepth: readInt(env, "EXPORT_MAX_DEPTH", 3, 1, 10),
    pageSize: readInt(env, "EXPORT_PAGE_SIZE", 1000, 1, 100_000),
    contextUrl: env.EXPORT_CONTEXT_URL ? readMatching(env, "EXPORT_CONTEXT_URL", "", /^https?:\/\/\S+$/, "an http(s) URL of the JSON-LD context") : null,
  };
}

/** The development and test key, so that the documented examples work out of the box; production has no default. */
export const DEVELOPMENT_API_KEY = "knowledge-graph-dev-key";

function readJwtSecret(env: Env): string | null {
  const secret = env.AUTH_JWT_SECRET;
  if (!secret) return null;
  if (secret.length < 32) throw new ConfigError("AUTH_JWT_SECRET", "must have at least 32 characters (an HS256 key)");
  if (env.AUTH_JWKS_URL) throw new ConfigError("AUTH_JWT_SECRET", "and AUTH_JWKS_URL are both set; set one of them");
  return secret;
}

function readApiKeys(env: Env, nodeEnv: NodeEnv): string[] {
  const raw = env.API_KEYS ?? (nodeEnv === "production" ? "" : DEVELOPMENT_API_KEY);
  const keys = raw
    .split(",")
    .map((key) => key.trim())
    .filter(Boolean);
  const short = keys.find((key) => key.length < 16);
  if (short !== undefined) throw new ConfigError("API_KEYS", "must list keys of at least 16 characters each, separated by commas");
  return keys;
}

let cached: Config | null = null;

/** The process-wide configuration, read from the environment on first use. */
export function getConfig(): Config {
  cached ??= loadConfig();
  return cached;
}
