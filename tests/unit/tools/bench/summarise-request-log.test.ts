import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { summariseRequestLog } from "../../../../src/tools/bench/summarise-request-log";

describe("summariseRequestLog", () => {
  it("gives each operation's count, percentiles and slow requests, slowest first, skipping other lines", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "request-log-")), "server.log");
    const line = (operationName: string | null, durationMs: number) => JSON.stringify({ level: 30, msg: "graphql request", operationName, durationMs });
    fs.writeFileSync(
      file,
      [
        "GraphQL server ready at http://localhost:1/graphql",
        ...[10, 20, 30, 40].map((ms) => line("Lookup", ms)),
        line("Ingest", 6000),
        line("Ingest", 100),
        line(null, 5),
        JSON.stringify({ level: 50, msg: "unexpected error" }),
        "{not json",
      ].join("\n"),
    );
    expect(summariseRequestLog(file, 5000)).toEqual([
      { operationName: "Ingest", count: 2, p50Ms: 6000, p99Ms: 6000, maxMs: 6000, slow: 1 },
      { operationName: "Lookup", count: 4, p50Ms: 30, p99Ms: 40, maxMs: 40, slow: 0 },
      { operationName: "(anonymous)", count: 1, p50Ms: 5, p99Ms: 5, maxMs: 5, slow: 0 },
    ]);
  });
});
