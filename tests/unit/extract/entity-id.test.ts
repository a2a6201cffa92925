import { entityId, slug } from "../../../src/extract/entity-id";

describe("entity ids", () => {
  it("folds letters no decomposition turns into ASCII, so that the id is one the loader accepts", () => {
    expect(entityId("Market", "Wrocław")).toBe("market:wroclaw");
    expect(entityId("Market", "Tromsø")).toBe("market:tromso");
    expect(slug("Großhandel Straße")).toBe("grosshandel-strasse");
    expect(slug("Łódź")).toBe("lodz");
  });

  it("keeps accents out and words hyphenated", () => {
    expect(entityId("Person", "Andrés Ibáñez", 2)).toBe("person:andres-ibanez-2");
  });

  it("gives a name with no Latin letters or digits a placeholder part", () => {
    expect(slug("北汽福田")).toBe("x");
  });
});
