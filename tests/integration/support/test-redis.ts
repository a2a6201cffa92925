import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDebianProgram } from "../../support/ensure-debian-package";

/** Debian's redis-server, installed with apt-get when missing; REDIS_SERVER_PATH points at another binary. */
export function ensureRedisServer(log: (line: string) => void = (line) => console.log(line)): string {
  return ensureDebianProgram(
    { neededBy: "The Redis tests need redis-server", packageName: "redis-server", defaultPath: "/usr/bin/redis-server", pathVariable: "REDIS_SERVER_PATH" },
    log,
  );
}

/** The port the tests' Redis listens on: TEST_REDIS_PORT, else 6391 (not Redis's 6379, so that a Redis of the machine is never touched). */
export const TEST_REDIS_PORT = Number(process.env.TEST_REDIS_PORT ?? 6391);

/**
 * A redis-server of the tests' own, as they start Neo4j: on loopback and a test port, in a temporary
 * directory, with nothing saved to disk. It can be killed and started again on the same port, to
 * play an outage.
 */
export class TestRedis {
  private process: ChildProcess | null = null;
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "test-redis-"));

  constructor(readonly port: number = TEST_REDIS_PORT) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts redis-server and resolves once it accepts connections; rejects with its output when it exits first. */
  start(): Promise<void> {
    const binary = ensureRedisServer();
    const args = ["--port", String(this.port), "--bind", "127.0.0.1", "--dir", this.dir, "--save", "", "--appendonly", "no", "--daemonize", "no"];
    const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
    this.process = child;
    let output = "";
    return new Promise((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Ready to accept connections")) {
          child.stdout.off("data", onData);
          resolve();
        }
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.once("exit", (code) => reject(new Error(`redis-server exited (code ${code}) before it was ready:\n${output}`)));
      child.once("error", reject);
    });
  }

  /** Stops redis-server: SIGKILL plays a crash, SIGTERM a clean stop. Resolves once it has exited. */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const child = this.process;
    this.process = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill(signal);
    await exited;
  }

  /** Stops redis-server and removes its directory. */
  async remove(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
