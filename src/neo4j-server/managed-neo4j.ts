import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { Config } from "../config";
import { Neo4jGateway } from "../db/neo4j-gateway";
import { findJavaRuntime } from "./java-runtime";
import { ManagedNeo4jError } from "./managed-neo4j.error";
import { ensureDistribution } from "./neo4j-distribution";

export type Neo4jStatus = { state: "running"; pid: number; boltPort: number; logsDir: string } | { state: "stopped"; boltPort: number; logsDir: string };

const JVM_OPTIONS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.tls.ephemeralDHKeySize=2048",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
];

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The command line of a process, or null where the system cannot tell (no /proc and no ps). */
function commandLineOf(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    const result = spawnSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" });
    return result.status === 0 ? result.stdout : null;
  }
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function isPortOpen(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One Neo4j Community server that the project runs itself: its own conf/, data/, logs/ and run/
 * folders under `homeDir`, Bolt on 127.0.0.1 only, auth on with the configured password. The server
 * runs detached so that `npm run db -- start` can return while it keeps serving; a pid file in run/
 * lets any later command find, reuse or stop it.
 */
export class ManagedNeo4j {
  private readonly homeDir: string;
  private readonly confDir: string;
  private readonly dataDir: string;
  readonly logsDir: string;
  private readonly pidFile: string;

  constructor(private readonly config: Config) {
    this.homeDir = config.managed.homeDir;
    this.confDir = path.join(this.homeDir, "conf");
    this.dataDir = path.join(this.homeDir, "data");
    this.logsDir = path.join(this.homeDir, "logs");
    this.pidFile = path.join(this.homeDir, "run", "neo4j.pid");
  }

  get boltPort(): number {
    return this.config.managed.boltPort;
  }

  /** The pid in run/neo4j.pid, if that process is alive and is this instance's Neo4j (a stale file may name a reused pid). */
  private readPid(): number | null {
    if (!fs.existsSync(this.pidFile)) return null;
    const pid = Number(fs.readFileSync(this.pidFile, "utf8").trim());
    if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
    const command = commandLineOf(pid);
    return command === null || (command.includes("CommunityEntryPoint") && command.includes(this.homeDir)) ? pid : null;
  }

  status(): Promise<Neo4jStatus> {
    const pid = this.readPid();
    if (pid !== null) return Promise.resolve({ state: "running", pid, boltPort: this.boltPort, logsDir: this.logsDir });
    return Promise.resolve({ state: "stopped", boltPort: this.boltPort, logsDir: this.logsDir });
  }

  private writeConf(): void {
    const { managed } = this.config;
    fs.mkdirSync(this.confDir, { recursive: true });
    for (const dir of [this.dataDir, this.logsDir, path.dirname(this.pidFile)]) fs.mkdirSync(dir, { recursive: true });
    const conf = [
      "# Written by the project on every start; edit the environment, not this file.",
      "server.default_listen_address=127.0.0.1",
      `server.bolt.listen_address=127.0.0.1:${managed.boltPort}`,
      "server.http.enabled=false",
      "server.https.enabled=false",
      `server.directories.data=${this.dataDir}`,
      `server.directories.logs=${this.logsDir}`,
      `server.directories.run=${path.dirname(this.pidFile)}`,
      `server.memory.heap.initial_size=${managed.heapSize}`,
      `server.memory.heap.max_size=${managed.heapSize}`,
      `server.memory.pagecache.size=${managed.pageCacheSize}`,
      "dbms.security.auth_enabled=true",
      `db.transaction.timeout=${Math.max(60, Math.ceil((this.config.neo4j.queryTimeoutMs * 4) / 1000))}s`,
      "dbms.usage_report.enabled=false",
      "",
    ].join("\n");
    fs.writeFileSync(path.join(this.confDir, "neo4j.conf"), conf);
  }

  private javaEnv(): NodeJS.ProcessEnv {
    return { ...process.env, NEO4J_HOME: this.homeDir, NEO4J_CONF: this.confDir };
  }

  /** Runs the distribution's neo4j-admin (what bin/neo4j-admin runs) with this instance's conf. */
  private runAdmin(java: string, classpath: string, args: string[], cwd?: string): ReturnType<typeof spawnSync> {
    return spawnSync(java, ["-cp", classpath, "org.neo4j.server.startup.Neo4jAdminBoot", ...args], {
      env: this.javaEnv(),
      encoding: "utf8",
      timeout: 600_000,
      cwd,
    });
  }

  /** Before the very first start only: Neo4j takes the initial password from its admin tool. */
  private setInitialPassword(java: string, classpath: string): void {
    if (fs.existsSync(path.join(this.dataDir, "databases"))) return;
    const result = this.runAdmin(java, classpath, ["dbms", "set-initial-password", this.config.neo4j.password]);
    if (result.status !== 0) {
      throw new ManagedNeo4jError(
        `Could not set the initial Neo4j password (${
          String(result.stderr || result.stdout)
            .trim()
            .split("\n")[0]
        }). See ${this.logsDir}.`,
      );
    }
  }

  /**
   * Starts the server unless it already runs, then waits until Bolt answers a query with the
   * configured credentials. Returns whether this call started it, so its caller knows whether to stop
   * it again.
   */
  async start(log: (line: string) => void = () => {}): Promise<{ startedHere: boolean; pid: number }> {
    const running = this.readPid();
    if (running !== null) {
      await this.waitForBolt(running);
      return { startedHere: false, pid: running };
    }
    if (await isPortOpen(this.boltPort)) {
      throw new ManagedNeo4jError(
        `Port ${this.boltPort} is already in use by another process. Stop it, or set NEO4J_BOLT_PORT to a free port (or NEO4J_URI to use that server).`,
      );
    }
    const java = findJavaRuntime(this.config.distribution.javaHome, this.config.distribution.systemJavaHome);
    const libDir = ensureDistribution(this.config.distribution.cacheDir, this.config.distribution.version, log);
    const classpath = path.join(libDir, "*");
    this.writeConf();
    this.setInitialPassword(java.executable, classpath);

    const consoleLog = path.join(this.logsDir, "console.log");
    const out = fs.openSync(consoleLog, "a");
    const child = spawn(
      java.executable,
      [
        `-Xms${this.config.managed.heapSize}`,
        `-Xmx${this.config.managed.heapSize}`,
        ...JVM_OPTIONS,
        "-cp",
        classpath,
        "org.neo4j.server.CommunityEntryPoint",
        `--home-dir=${this.homeDir}`,
        `--config-dir=${this.confDir}`,
      ],
      { env: this.javaEnv(), detached: true, stdio: ["ignore", out, out] },
    );
    fs.closeSync(out);
    if (child.pid === undefined) throw new ManagedNeo4jError(`Could not start ${java.executable}. See ${consoleLog}.`);
    child.unref();
    fs.writeFileSync(this.pidFile, `${child.pid}\n`);
    log(`Starting Neo4j ${this.config.distribution.version} on bolt://127.0.0.1:${this.boltPort} (Java ${java.major}); logs in ${this.logsDir}`);
    try {
      await this.waitForBolt(child.pid);
    } catch (error) {
      await this.stop();
      throw error;
    }
    return { startedHere: true, pid: child.pid };
  }

  private async waitForBolt(pid: number): Promise<void> {
    const deadline = Date.now() + this.config.managed.startTimeoutSeconds * 1000;
    const gateway = new Neo4jGateway({ ...this.config.neo4j, uri: `bolt://127.0.0.1:${this.boltPort}`, connectionAcquisitionTimeoutMs: 2000 });
    try {
      while (Date.now() < deadline) {
        if (!isAlive(pid)) {
          throw new ManagedNeo4jError(`Neo4j exited during start-up. See ${path.join(this.logsDir, "neo4j.log")} and console.log there.`);
        }
        if (await isPortOpen(this.boltPort)) {
          const state = await gateway.probe();
          if (state === "ok") return;
          if (state === "unauthorized") {
            throw new ManagedNeo4jError(
              `Neo4j on port ${this.boltPort} refused the password from NEO4J_PASSWORD. Use the password it was first started with, or delete ${this.dataDir} to start afresh.`,
            );
          }
        }
        await sleep(500);
      }
      throw new ManagedNeo4jError(
        `Neo4j did not answer on port ${this.boltPort} within ${this.config.managed.startTimeoutSeconds} s. See ${this.logsDir}; raise NEO4J_START_TIMEOUT_SECONDS on a slow machine.`,
      );
    } finally {
      await gateway.close();
    }
  }

  /**
   * Imports a CSV export (see docs/exports.md) into this instance's `neo4j` database, replacing it,
   * with `neo4j-admin database import full`: the arguments are those of the directory's import.args,
   * read from the directory. The instance must be stopped (Community imports offline); a new
   * instance gets its password first, as start() would give it.
   */
  importCsv(dir: string): void {
    if (this.readPid() !== null) throw new ManagedNeo4jError(`Stop the Neo4j in ${this.homeDir} before importing into it.`);
    const java = findJavaRuntime(this.config.distribution.javaHome, this.config.distribution.systemJavaHome);
    const classpath = path.join(ensureDistribution(this.config.distribution.cacheDir, this.config.distribution.version), "*");
    this.writeConf();
    this.setInitialPassword(java.executable, classpath);
    const args = ["database", "import", "full", this.config.neo4j.database, "--overwrite-destination=true", "@import.args"];
    const result = this.runAdmin(java.executable, classpath, args, dir);
    if (result.status !== 0) {
      const output = String(result.stderr || result.stdout).trim();
      throw new ManagedNeo4jError(`neo4j-admin database import failed in ${dir}: ${output.split("\n").slice(-5).join(" ")}`);
    }
  }

  /**
   * Kills the server at once (SIGKILL), as a crash or a power cut would; Neo4j recovers from its
   * transaction log at the next start. For fault drills; stop() is the normal way.
   */
  async kill(): Promise<boolean> {
    const pid = this.readPid();
    if (pid === null) return false;
    process.kill(pid, "SIGKILL");
    while (isAlive(pid)) await sleep(50);
    fs.rmSync(this.pidFile, { force: true });
    return true;
  }

  /** Stops the server if it runs: SIGTERM for a clean shutdown, SIGKILL after a minute. */
  async stop(): Promise<boolean> {
    const pid = this.readPid();
    if (pid === null) {
      fs.rmSync(this.pidFile, { force: true });
      return false;
    }
    process.kill(pid, "SIGTERM");
    const deadline = Date.now() + 60_000;
    while (isAlive(pid) && Date.now() < deadline) await sleep(200);
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
    while (isAlive(pid)) await sleep(100);
    fs.rmSync(this.pidFile, { force: true });
    return true;
  }
}
