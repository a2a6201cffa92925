import { decodeCursor, encodeCursor } from "../../../../src/graphql/common/cursor";

const badInput = (message: string) =>
  expect.objectContaining({ message: expect.stringContaining(message), extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) });

describe("cursors", () => {
  it("round-trip the sort key and id", () => {
    expect(decodeCursor(encodeCursor("NAME_ASC", "foton", "company:foton"), "NAME_ASC")).toEqual({ sortKey: "foton", id: "company:foton" });
  });

  it("are opaque: nothing of the order, key or id shows in the cursor", () => {
    const cursor = encodeCursor("NAME_ASC", "foton", "company:foton");
    expect(cursor).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(cursor).not.toMatch(/foton|NAME/);
  });

  it("reject a cursor this API did not make with BAD_USER_INPUT", () => {
    expect(() => decodeCursor(Buffer.from("[1,2,3]").toString("base64"), "NAME_ASC")).toThrow(badInput("after is not a cursor this API returned"));
    expect(() => decodeCursor("not a cursor", "NAME_ASC", "before")).toThrow(badInput("before is not a cursor this API returned"));
  });

  it.each(["after", "before"] as const)("reject an empty %s instead of reading it as no cursor", (argument) => {
    expect(() => decodeCursor("", "NAME_ASC", argument)).toThrow(badInput(`${argument} must not be empty`));
  });

  it("reject a cursor made for another order, saying which and naming the argument", () => {
    expect(() => decodeCursor(encodeCursor("DATE_DESC", "2024-06-04", "event:x"), "NAME_ASC")).toThrow(
      badInput("after was returned for orderBy DATE_DESC, not NAME_ASC"),
    );
    expect(() => decodeCursor(encodeCursor("DATE_DESC", "2024-06-04", "event:x"), "NAME_ASC", "before")).toThrow(
      badInput("before was returned for orderBy DATE_DESC, not NAME_ASC"),
    );
  });
});
