import { extractDocument } from "../../../../src/extract/extract-document";
import { createDocumentMemory } from "../../../../src/extract/document-memory";
import type { DraftOf } from "../../../../src/extract/drafts";
import { readSentenceFacts } from "../../../../src/extract/patterns";
import { recognizeEntities } from "../../../../src/extract/recognize-entities";

const REFERENCE = new Date("2025-03-18T12:00:00Z");

interface ReadAgreement {
  name: string;
  roles: string[];
  kind: string | undefined;
  parties: string[];
  markets: string[];
  signedIn: string[];
  signatories: string[];
  covers: string[];
}

/**
 * Reads sentences in order through every sentence pattern, as an article's sentences are read: each
 * name is its own entity, with the name as its ref; the first company named is the article's. Returns
 * each agreement made, with its parties, target markets, signing places, signatories and models.
 */
function agreementsOf(...texts: string[]): ReadAgreement[] {
  let first: string | null = null;
  const memory = createDocumentMemory(null, null);
  Object.assign(memory, { firstCompany: () => first, focusCompany: () => first });
  let previous: { index: number; companies: string[] } | undefined;
  texts.forEach((text, index) => {
    const sentence = { index, text, start: 0, end: text.length };
    const mentions = recognizeEntities(text, sentence, { labelOf: () => null }).map((mention) => ({ ref: mention.text, mention }));
    const companies = mentions.filter(({ mention }) => mention.label === "Company").map(({ ref }) => ref);
    first ??= companies[0] ?? null;
    readSentenceFacts({ sentence, mentions, reference: REFERENCE, previous }, memory);
    previous = { index, companies };
  });
  const nameOf = (ref: string) => memory.drafts.find((draft) => draft.ref === ref)?.name ?? ref;
  const linked = (type: string, agreement: string, end: "from" | "to") =>
    memory.facts.filter((fact) => fact.type === type && fact[end === "from" ? "to" : "from"] === agreement).map((fact) => nameOf(fact[end]));
  return memory.drafts
    .filter((draft): draft is DraftOf<"Agreement"> => draft.label === "Agreement")
    .map((agreement) => ({
      name: agreement.name,
      kind: agreement.properties.kind,
      parties: linked("PARTY_TO", agreement.ref, "from"),
      roles: memory.facts
        .filter((fact) => fact.type === "PARTY_TO" && fact.to === agreement.ref)
        .map((fact) => ("role" in fact.properties ? String(fact.properties.role) : "")),
      markets: linked("TARGETS_MARKET", agreement.ref, "to"),
      signedIn: linked("SIGNED_IN", agreement.ref, "to"),
      signatories: linked("WITNESSED", agreement.ref, "from"),
      covers: linked("COVERS", agreement.ref, "to"),
    }));
}

describe("agreements in any wording", () => {
  it("reads a joint venture with its parties and the market it is set up for", () => {
    expect(agreementsOf("Battery maker Lumen Energy Co. Ltd. and Sakura Auto Corp. announced a joint venture to build batteries in Thailand.")).toEqual([
      expect.objectContaining({ kind: "JOINT_VENTURE", parties: ["Lumen Energy Co. Ltd.", "Sakura Auto Corp."], markets: ["Thailand"] }),
    ]);
  });

  it("reads a supply deal, and a signing place that is no target", () => {
    expect(agreementsOf("Nordhaven Trucks AB signed a battery supply deal with Volta Cells GmbH in Stockholm for the European market.")).toEqual([
      expect.objectContaining({ kind: "SUPPLY", parties: ["Nordhaven Trucks AB", "Volta Cells GmbH"], signedIn: ["Stockholm"], markets: ["European"] }),
    ]);
  });

  it("reads a partnership", () => {
    expect(agreementsOf("Foton Motor Co. and Iveco Group announced a strategic partnership to sell vans across South America.")).toEqual([
      expect.objectContaining({ kind: "PARTNERSHIP", parties: ["Foton Motor Co.", "Iveco Group"], markets: ["South America"] }),
    ]);
  });

  it('reads "teamed up with" as a partnership with both companies and every market listed', () => {
    const text = "Truck maker Tarvik Motors Ltd has teamed up with HELIOS Fuel Systems GmbH to develop hydrogen trucks for Southeast Asia and the Middle East.";
    expect(agreementsOf(text)).toEqual([
      expect.objectContaining({ kind: "PARTNERSHIP", parties: ["Tarvik Motors Ltd", "HELIOS Fuel Systems GmbH"], markets: ["Southeast Asia", "Middle East"] }),
    ]);
  });

  it('reads "will jointly develop" as a development agreement, or as what an agreement already read covers', () => {
    expect(agreementsOf("Rangor Motors and Sato Precision Industries will jointly develop electric axles for trucks across Southeast Asia.")).toEqual([
      expect.objectContaining({ kind: "DEVELOPMENT_AGREEMENT", parties: ["Rangor Motors", "Sato Precision Industries"], markets: ["Southeast Asia"] }),
    ]);
    const [partnership, ...others] = agreementsOf(
      "Truck maker Tarvik Motors Ltd has teamed up with HELIOS Fuel Systems GmbH on hydrogen trucks.",
      "The partners will jointly develop the TX-400H, a tractor powered by the HyStack™ 200 module.",
    );
    expect(others).toEqual([]);
    expect(partnership.covers).toEqual(["TX-400H"]);
  });

  it('reads "signed a deal", with "the Rotterdam-based group" as the company the sentence before named', () => {
    const agreements = agreementsOf(
      "Few logistics groups have moved as fast as Freightline Partners.",
      "In the past year the Rotterdam-based group has opened a hub in Duisburg and signed a deal with axle maker DURATEC Components to maintain its trailers across EMEA.",
    );
    expect(agreements).toEqual([expect.objectContaining({ kind: "OTHER", parties: ["Freightline Partners", "DURATEC Components"], markets: ["EMEA"] })]);
  });

  it('reads "agreed to supply" as a supply agreement covering the model named', () => {
    expect(agreementsOf("Hanbit Battery Co. has agreed to supply cells for Oyama Motors Corp.'s ERGO-e city bus, which is sold in Japan.")).toEqual([
      expect.objectContaining({
        kind: "SUPPLY",
        parties: ["Hanbit Battery Co.", "Oyama Motors Corp."],
        roles: ["SUPPLIER", "CUSTOMER"],
        covers: ["ERGO-e"],
        markets: [],
      }),
    ]);
  });

  it("covers the model a supplied part is for, beside the part itself", () => {
    const [agreement] = agreementsOf(
      "Driveline supplier ORVANA AB will supply its HX-220 electric axle to truck maker Dellmark for the T9e, a Class 8 tractor.",
    );
    expect(agreement.covers).toEqual(["HX-220", "T9e"]);
  });

  it('reads "It covers ..." right after an agreement as more of that agreement', () => {
    const [agreement] = agreementsOf(
      "Nordcell AB and Kestova Motors have signed a framework agreement under which Nordcell will supply battery packs.",
      "It covers up to 1,200 packs for the Kestova Motors E-Liner 13 coach between 2025 and 2028.",
    );
    expect(agreement.covers).toEqual(["E-Liner 13"]);
    const [unrelated] = agreementsOf(
      "Nordcell AB and Kestova Motors have signed a framework agreement under which Nordcell will supply battery packs.",
      "Kestova Motors builds coaches in Brno.",
      "It covers the Kestova Motors E-Liner 13 coach.",
    );
    expect(unrelated.covers).toEqual([]);
  });

  it('reads "It covers ..." after a sentence that went on about the agreement as more of that agreement', () => {
    const [agreement] = agreementsOf(
      "Halden Cells AB and Marsk Coaches have signed a supply agreement for battery packs.",
      "The agreement was signed in Oslo on Monday by Halden Cells chief executive Ola Berg and Marsk Coaches chairman Per Lund.",
      "It covers up to 900 packs for the Vega-12 coach, which Marsk Coaches Ltd builds.",
    );
    expect(agreement.covers).toEqual(["Vega-12"]);
  });

  it("takes the company referred to as the other party when the sentence names only the company an agreement is 'with'", () => {
    const [agreement] = agreementsOf(
      "Marsk Coaches Ltd builds coaches in Brno.",
      "His team signed a letter of intent in May with Halden Cells AB for a second pack line.",
    );
    expect(agreement.parties).toEqual(["Marsk Coaches Ltd", "Halden Cells AB"]);
  });

  it("takes a definite contract with a company that is no party of the last agreement as another agreement", () => {
    const agreements = agreementsOf(
      "Norwegian bus operator Skarvhavn Trafikk has tapped coachbuilder Trellund Bus to supply 140 buses.",
      "Skarvhavn also extended its contract with charging specialist OHMTEK for the depot chargers.",
    );
    expect(agreements.map((agreement) => agreement.parties)).toEqual([
      ["Skarvhavn Trafikk", "Trellund Bus"],
      ["Skarvhavn", "OHMTEK"],
    ]);
  });

  it("covers every model of a list with an apposition in it, after 'The order, ..., covers'", () => {
    const [agreement] = agreementsOf(
      "Skarvhavn Trafikk has tapped coachbuilder Trellund Bus to supply 140 buses.",
      "The order, the largest in its history, covers the TB12e, a 12-metre low-floor model, and the articulated TB18e.",
    );
    expect(agreement.covers).toEqual(["TB12e", "TB18e"]);
  });

  it("never takes a currency code before an amount for a party or a model", () => {
    const [agreement] = agreementsOf("Skarvhavn Trafikk has tapped coachbuilder Trellund Bus to supply buses in a deal worth about NOK 900 million.");
    expect(agreement.parties).toEqual(["Skarvhavn Trafikk", "Trellund Bus"]);
    expect(agreement.covers).toEqual([]);
  });

  it('reads "will source ... from X" and "supplies ... to maker X" as supply agreements with the customer and supplier in their roles', () => {
    expect(agreementsOf("Battery maker Dunmore Energy will source its cells from Hwaseong Cell Technologies.")).toEqual([
      expect.objectContaining({ kind: "SUPPLY", parties: ["Dunmore Energy", "Hwaseong Cell Technologies"], roles: ["CUSTOMER", "SUPPLIER"] }),
    ]);
    expect(agreementsOf("Battery maker Dunmore Energy also supplies packs to electric van maker Lorimer EV.")).toEqual([
      expect.objectContaining({ kind: "SUPPLY", parties: ["Dunmore Energy", "Lorimer EV"], roles: ["SUPPLIER", "CUSTOMER"] }),
    ]);
  });

  it("makes the supplier of an order the maker of the model the order covers", async () => {
    const { entities, facts } = await extractDocument(
      {
        title: "Order",
        text: "Bus operator Skarvhavn Trafikk has tapped coachbuilder Trellund Bus to supply 140 buses. The order, the largest in its history, covers the TB12e.",
        publishedOn: "2025-09-16",
      },
      () => Promise.resolve([]),
    );
    const name = (id: string) => entities.find((entity) => entity.id === id)?.name;
    expect(facts.filter((fact) => fact.type === "DEVELOPS").map((fact) => `${name(fact.from)} → ${name(fact.to)}`)).toEqual(["Trellund Bus → TB12e"]);
  });

  it('reads "selected X as (its) supplier", and "we" as the company the article names first', () => {
    expect(agreementsOf("Kestrel Vehicles Ltd has chosen Meridian Autoparts Corp. as the exclusive supplier of drive units for vans in Ireland.")).toEqual([
      expect.objectContaining({
        kind: "SUPPLY",
        parties: ["Kestrel Vehicles Ltd", "Meridian Autoparts Corp."],
        roles: ["CUSTOMER", "SUPPLIER"],
        markets: ["Ireland"],
      }),
    ]);
    const [supply] = agreementsOf("Keystone Motor Works showed its truck.", "We selected Ampera Cell Technologies as our battery supplier last year.");
    expect(supply).toEqual(expect.objectContaining({ kind: "SUPPLY", parties: ["Keystone Motor Works", "Ampera Cell Technologies"] }));
  });

  it('reads "placed an order for" and "ordered ... from X" as supply agreements between buyer and seller', () => {
    expect(
      agreementsOf("Parcel carrier PakLine Logistics has placed an order for 200 electric vans from van maker Corvo Vehicles for delivery in Mexico."),
    ).toEqual([expect.objectContaining({ kind: "SUPPLY", parties: ["PakLine Logistics", "Corvo Vehicles"], markets: ["Mexico"] })]);
    expect(agreementsOf("Freightline Partners has ordered 150 eLX 600 tractors from Valder Trucks.")).toEqual([
      expect.objectContaining({ kind: "SUPPLY", parties: ["Freightline Partners", "Valder Trucks"], covers: ["eLX 600"] }),
    ]);
  });

  it("reads a framework agreement, with names in unusual case, its signing place and its market", () => {
    const text = "Battery maker nordcell AB and coach builder Kestova Bus a.s. signed a framework agreement in Prague to supply packs for the European market.";
    expect(agreementsOf(text)).toEqual([
      expect.objectContaining({ kind: "SUPPLY", parties: ["nordcell AB", "Kestova Bus a.s."], signedIn: ["Prague"], markets: ["European"] }),
    ]);
  });

  const GRANITE_ORION = ["Granite Axle Inc.", "Orion Logistics S.A."];
  it.each([
    [
      "Lumen Energy Co. Ltd. and Sakura Auto Corp. formed a JV to build packs in Vietnam.",
      "JOINT_VENTURE",
      ["Lumen Energy Co. Ltd.", "Sakura Auto Corp."],
      "Vietnam",
    ],
    [
      "Hanbit Battery Co. and Oyama Motors Corp. will set up a bus battery venture in Indonesia.",
      "JOINT_VENTURE",
      ["Hanbit Battery Co.", "Oyama Motors Corp."],
      "Indonesia",
    ],
    ["Granite Axle Inc. and Orion Logistics S.A. signed a letter of intent to test trucks in Spain.", "MOU", GRANITE_ORION, "Spain"],
    ["Granite Axle Inc. announced a tie-up with Orion Logistics S.A. in Spain.", "PARTNERSHIP", GRANITE_ORION, "Spain"],
    ["Granite Axle Inc. will collaborate with Orion Logistics S.A. on trucks in Spain.", "PARTNERSHIP", GRANITE_ORION, "Spain"],
    ["Granite Axle Inc. will cooperate with Orion Logistics S.A. on trucks in Spain.", "COOPERATION", GRANITE_ORION, "Spain"],
    ["Orion Logistics S.A. agreed to buy 40 trucks from Granite Axle Inc. for routes in Spain.", "SUPPLY", [...GRANITE_ORION].reverse(), "Spain"],
    ["Orion Logistics S.A. has picked Granite Axle Inc. to supply trucks for routes in Spain.", "SUPPLY", [...GRANITE_ORION].reverse(), "Spain"],
  ])("reads %s as one agreement of kind %s", (text, kind, parties, market) => {
    expect(agreementsOf(text)).toEqual([expect.objectContaining({ kind, parties, markets: [market] })]);
  });

  it("reads a strategic cooperation", () => {
    const text = "PakLine Logistics signed a strategic cooperation agreement with charging operator enerGrid to install chargers across Mexico.";
    expect(agreementsOf(text)).toEqual([expect.objectContaining({ kind: "COOPERATION", parties: ["PakLine Logistics", "enerGrid"], markets: ["Mexico"] })]);
  });
});

describe("an agreement's signatories, signing place and markets", () => {
  it("takes the people who signed it, and not one who only said it was signed", () => {
    const [partnership] = agreementsOf(
      "Rangor Motors and Sato Precision Industries have teamed up on electric axles.",
      "The agreement was signed in Bangkok by Rangor president Anan Wattana and Sato Precision executive vice president Kenji Mori.",
      "Its chief executive Marta Quiroga said the contract was signed on Monday.",
    );
    expect(partnership).toEqual(expect.objectContaining({ signedIn: ["Bangkok"], signatories: ["Anan Wattana", "Kenji Mori"] }));
  });

  it("takes every person named before the verb, each with a title", () => {
    const [partnership] = agreementsOf(
      "Rangor Motors and Sato Precision Industries have teamed up on electric axles.",
      "Rangor president Anan Wattana and Sato Precision executive vice president Kenji Mori signed the agreement in Bangkok.",
    );
    expect(partnership).toEqual(expect.objectContaining({ signedIn: ["Bangkok"], signatories: ["Anan Wattana", "Kenji Mori"] }));
  });

  it("takes the person who signed before the verb, and refers a generic 'the agreement' to the story's main deal", () => {
    const [venture, supply] = agreementsOf(
      "Hanbit Battery Co. and Oyama Motors Corp. will set up a joint venture in Indonesia.",
      "Hanbit Battery Co. has also agreed to supply cells for Oyama Motors Corp.'s ERGO-e bus.",
      "Hanbit chief executive Park Ji-hoon signed the agreement in Jakarta with Oyama president Hiroshi Kudo.",
    );
    expect(venture).toEqual(expect.objectContaining({ kind: "JOINT_VENTURE", signedIn: ["Jakarta"], signatories: ["Park Ji-hoon", "Hiroshi Kudo"] }));
    expect(supply).toEqual(expect.objectContaining({ kind: "SUPPLY", signatories: [] }));
  });

  it("gives no market where a plant stands or a product is sold, nor a place named before the agreement", () => {
    const text = "Aurelia Bus SAS has selected kobalt energy AB as the supplier of packs from its plant in Västerås, Sweden.";
    expect(agreementsOf(text)).toEqual([expect.objectContaining({ parties: ["Aurelia Bus SAS", "kobalt energy AB"], markets: [] })]);
  });

  it("takes a place that qualifies the agreement noun as its market", () => {
    const [partnership] = agreementsOf("Foton Motor Co. and CATL announced a Mexico partnership on trucks.");
    expect(partnership.markets).toEqual(["Mexico"]);
  });

  it("leaves a company named as an owner or brand out of the parties", () => {
    expect(agreementsOf("HELIOS Fuel Systems GmbH, a unit of Brenner Technik AG, signed a supply deal with Tarvik Motors Ltd on Monday.")).toEqual([
      expect.objectContaining({ parties: ["HELIOS Fuel Systems GmbH", "Tarvik Motors Ltd"] }),
    ]);
  });
});
