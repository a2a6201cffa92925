import { tarHeader } from "../../../src/export/tar.writer";

describe("the tar writer", () => {
  it("makes a 512-byte ustar header with the name, the size in octal and a valid checksum", () => {
    const header = tarHeader("Company.csv", 1234, new Date(0));
    expect(header).toHaveLength(512);
    expect(header.toString("utf8", 0, 11)).toBe("Company.csv");
    expect(header.toString("utf8", 124, 135)).toBe((1234).toString(8).padStart(11, "0"));
    expect(header.toString("utf8", 257, 263)).toBe("ustar\u0000");
    const stored = parseInt(header.toString("utf8", 148, 154), 8);
    const copy = Buffer.from(header);
    copy.fill(" ", 148, 156);
    expect(stored).toBe(copy.reduce((sum, byte) => sum + byte, 0));
  });

  it("refuses a name too long for the header", () => {
    expect(() => tarHeader(`${"x".repeat(100)}.csv`, 1, new Date())).toThrow(/too long/);
  });
});
