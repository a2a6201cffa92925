import { nameKey, nameKeys, nameKeysQueries } from "../../../src/model/name-key";

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

describe("nameKeysQueries", () => {
  it("quotes each key as one exact term, any of them matching", () => {
    expect(nameKeysQueries(["foton", "iveco group"])).toEqual(['"foton" OR "iveco group"']);
  });

  it("escapes quotes and backslashes so that a key cannot change the query", () => {
    expect(nameKeysQueries(['a" OR "b', "c\\"])).toEqual(['"a\\" OR \\"b" OR "c\\\\"']);
  });

  it("splits many keys over several queries, each under Lucene's 1,024-clause limit", () => {
    const keys = Array.from({ length: 1200 }, (_, i) => `company ${i}`);
    const queries = nameKeysQueries(keys);
    expect(queries).toHaveLength(3);
    for (const query of queries) expect(query.split(" OR ").length).toBeLessThanOrEqual(1024);
    expect(queries.join(" OR ").split(" OR ")).toHaveLength(1200);
  });

  it("gives no query for no keys", () => {
    expect(nameKeysQueries([])).toEqual([]);
  });
});
