import { decodeCursor, encodeCursor } from "../../../../src/graphql/common/cursor";

describe("cursors", () => {
  it("round-trip the sort key and id", () => {
    expect(decodeCursor(encodeCursor("NAME_ASC", "foton", "company:foton"), "NAME_ASC")).toEqual({ sortKey: "foton", id: "company:foton" });
  });

  it("reject a cursor this API did not make with BAD_USER_INPUT", () => {
    expect(() => decodeCursor(Buffer.from("[1,2,3]").toString("base64"), "NAME_ASC")).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
    );
  });

  it("reject a cursor made for another order, saying which", () => {
    expect(() => decodeCursor(encodeCursor("DATE_DESC", "2024-06-04", "event:x"), "NAME_ASC")).toThrow(
      "after was returned for orderBy DATE_DESC, not NAME_ASC",
    );
  });
});
