import { decodeCursor, encodeCursor } from "../../../../src/graphql/common/cursor";

describe("cursors", () => {
  it("round-trip the sort key and id", () => {
    expect(decodeCursor(encodeCursor("foton", "company:foton"))).toEqual({ sortKey: "foton", id: "company:foton" });
  });

  it("reject a cursor this API did not make with BAD_USER_INPUT", () => {
    expect(() => decodeCursor(Buffer.from("[1,2,3]").toString("base64"))).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }));
  });
});
