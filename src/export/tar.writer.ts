import fs from "node:fs";
import path from "node:path";
import type { Writable } from "node:stream";
import { writeChunk } from "./write-stream";

const BLOCK = 512;

/** A field of a tar header: text, or a number in octal, NUL-terminated, within its width. */
function field(header: Buffer, offset: number, width: number, value: string | number): void {
  const text = typeof value === "number" ? value.toString(8).padStart(width - 1, "0") : value;
  header.write(text, offset, width - 1, "utf8");
}

/**
 * The 512-byte POSIX ustar header of a regular file. Names are the export's own (`Company.csv`),
 * ASCII and far below the 100-byte limit; the checksum is the sum of the header's bytes with its own
 * field counted as spaces, as the format says.
 */
export function tarHeader(name: string, size: number, mtime: Date): Buffer {
  if (Buffer.byteLength(name) >= 100) throw new Error(`tar: the file name ${name} is too long`);
  const header = Buffer.alloc(BLOCK);
  field(header, 0, 100, name);
  field(header, 100, 8, 0o644);
  field(header, 108, 8, 0);
  field(header, 116, 8, 0);
  field(header, 124, 12, size);
  field(header, 136, 12, Math.floor(mtime.getTime() / 1000));
  header.fill(" ", 148, 156);
  header.write("0", 156);
  header.write("ustar\u000000", 257);
  let sum = 0;
  for (const byte of header) sum += byte;
  field(header, 148, 7, sum);
  header[154] = 0;
  return header;
}

/**
 * Streams the files of `dir` (not its sub-folders) as one tar archive to `out`, file by file, so that
 * nothing is held in memory; `out` is left open (it may be a gzip stream to end). The archive is plain
 * ustar, read by `tar -x` everywhere, so a CSV export downloads as one file without another package.
 */
export async function writeTarOfDirectory(dir: string, out: Writable): Promise<void> {
  const names = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    const file = path.join(dir, name);
    const { size, mtime } = fs.statSync(file);
    await writeChunk(out, tarHeader(name, size, mtime));
    for await (const chunk of fs.createReadStream(file)) await writeChunk(out, chunk as Buffer);
    if (size % BLOCK) await writeChunk(out, Buffer.alloc(BLOCK - (size % BLOCK)));
  }
  await writeChunk(out, Buffer.alloc(BLOCK * 2));
}
