import { Writable } from "node:stream";
import { writeChunk } from "../../../src/export/write-stream";

/** A stream whose buffer is full after one byte and that never drains by itself. */
const stalled = () => new Writable({ highWaterMark: 1, write: () => {} });

describe("writeChunk", () => {
  it("stops an export whose output closes while it waits for the output to drain", async () => {
    const out = stalled();
    const waiting = writeChunk(out, "a page");
    out.destroy();
    await expect(waiting).rejects.toThrow("closed before the export ended");
    expect(out.listenerCount("drain")).toBe(0);
  });

  it("refuses to write to an output that is already closed", async () => {
    const out = stalled();
    out.destroy();
    await expect(writeChunk(out, "x")).rejects.toThrow("closed before the export ended");
  });
});
