import { once } from "node:events";
import type { Writable } from "node:stream";

/** Writes a chunk and, when the stream's buffer is full, waits until it drains: an export never holds more than a page in memory. */
export async function writeChunk(out: Writable, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}

/** Ends a stream and waits until everything written has been flushed (a file closed). */
export async function endStream(out: Writable): Promise<void> {
  const finished = once(out, "finish");
  out.end();
  await finished;
}
