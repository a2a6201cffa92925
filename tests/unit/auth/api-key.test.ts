import { bearerKeyMatches } from "../../../src/auth/api-key";

describe("bearerKeyMatches", () => {
  const keys = ["first-key-0123456789", "second-key-0123456789"];

  it("accepts any configured key sent as a bearer token", () => {
    expect(bearerKeyMatches("Bearer second-key-0123456789", keys)).toBe(true);
    expect(bearerKeyMatches("bearer first-key-0123456789", keys)).toBe(true);
  });

  it.each([undefined, "", "first-key-0123456789", "Bearer first-key-012345678", "Basic first-key-0123456789", "Bearer first-key-0123456789 extra"])(
    "refuses %p",
    (header) => expect(bearerKeyMatches(header, keys)).toBe(false),
  );

  it("refuses everything when no key is configured", () => {
    expect(bearerKeyMatches("Bearer anything-at-all-here", [])).toBe(false);
  });
});
