import { once } from "node:events";
import type { Writable } from "node:stream";

/** Waits until `out` drains; fails if it closes first (a client that went away), so the export stops reading. */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      out.off("drain", onDrain);
      out.off("close", onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onClose = () => settle(new Error("The export's output was closed before the export ended"));
    out.on("drain", onDrain);
    out.on("close", onClose);
  });
}

/** Writes a chunk and, when the stream's buffer is full, waits until it drains: an export never holds more than a page in memory. */
export async function writeChunk(out: Writable, chunk: string | Buffer): Promise<void> {
  if (out.destroyed) throw new Error("The export's output was closed before the export ended");
  if (!out.write(chunk)) await drained(out);
}

/** Ends a stream and waits until everything written has been flushed (a file closed). */
export async function endStream(out: Writable): Promise<void> {
  const finished = once(out, "finish");
  out.end();
  await finished;
}
