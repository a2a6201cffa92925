import { nameKey, nameKeys } from "../../../src/model/name-key";

describe("nameKey", () => {
  it("ignores accents and case", () => {
    expect(nameKey("Ángel Rodríguez Lagunilla")).toBe(nameKey("angel rodriguez LAGUNILLA"));
  });

  it("turns punctuation into single spaces", () => {
    expect(nameKey("  Beiqi Foton Motor Co. ")).toBe("beiqi foton motor co");
  });

  it("spells out ampersands", () => {
    expect(nameKey("Chief Technology & Digital Officer")).toBe("chief technology and digital officer");
  });
});

describe("nameKeys", () => {
  it("adds the key without a legal suffix", () => {
    expect(nameKeys(["Contemporary Amperex Technology Co. Ltd."])).toEqual(["contemporary amperex technology co ltd", "contemporary amperex technology"]);
  });

  it("keeps a group's name whole, so a group and its brand stay apart", () => {
    expect(nameKeys(["Iveco Group"])).toEqual(["iveco group"]);
  });
});
