import { createDocumentMemory } from "../../../../src/extract/document-memory";
import { extractDocument } from "../../../../src/extract/extract-document";
import { scanSentence, type MentionRef } from "../../../../src/extract/patterns/sentence-scan";

const article = (text: string) => extractDocument({ title: "Test", text, publishedOn: "2025-03-04" }, () => Promise.resolve([]));

describe("references to a company named in the sentence before", () => {
  it("gives a fact of 'its' to the first company of the previous sentence, quoting both sentences with a lower confidence", async () => {
    const text = "Brightwater Motors Ltd bought Selden Axle Corp. last year. Its plant in Cordoba builds light trucks.";
    const { entities, facts } = await article(text);
    const brightwater = entities.find((e) => e.name.startsWith("Brightwater"))!;
    const operates = facts.find((f) => f.type === "OPERATES")!;
    expect(operates.from).toBe(brightwater.id);
    expect(operates.quote).toBe(text);
    expect(operates.confidence).toBeLessThan(0.7);
  });

  it("resolves 'the company' to the previous sentence's subject rather than the company the article names most", async () => {
    const { entities, facts } = await article(
      "Ostrava Cells Ltd supplies Danube Trucks Ltd and Danube Buses Ltd. Danube Trucks Ltd builds trucks. Ostrava Cells Ltd opened a lab. The company opened a plant in Brno.",
    );
    const ostrava = entities.find((e) => e.name.startsWith("Ostrava"))!;
    expect(facts.filter((f) => f.type === "OPERATES").map((f) => f.from)).toContain(ostrava.id);
  });

  it("reads the first word of a company's name, alone, as that company", async () => {
    const { entities } = await article("Tamsin Freight Systems Ltd opened a hub in Lyon. Tamsin employs 300 people.");
    expect(entities.filter((e) => e.label === "Company").map((e) => e.name)).toEqual(["Tamsin Freight Systems"]);
  });
});

describe("scanSentence's referent", () => {
  /** A scan of `text` as the second sentence, after one that named companies m1 and m2; m9 is the company the article names most. */
  function scanAfter(text: string, mentions: MentionRef[] = []) {
    const memory = createDocumentMemory("m9");
    const sentence = { index: 1, text, start: 100, end: 100 + text.length };
    const scan = scanSentence({ sentence, mentions, reference: null, previous: { index: 0, companies: ["m1", "m2"] } }, memory);
    return { scan, memory };
  }

  it.each(["The group opened a plant.", "The automaker opened a plant.", "It opened a plant.", "The company's plant opened.", "Its plant opened."])(
    "takes %j as the previous sentence's first company, quoting from that sentence with a lower confidence",
    (text) => {
      const { scan, memory } = scanAfter(text);
      expect(scan.actor).toBe("m1");
      scan.fact("SELLS_IN", scan.actor!, "m5", 0.8);
      expect(memory.facts).toEqual([expect.objectContaining({ from: "m1", sentence: 1, fromSentence: 0, confidence: 0.65 })]);
    },
  );

  it("makes a sentence that starts with a reference the previous company's, as its subject", () => {
    expect(scanAfter("The automaker will open a plant.").scan.subject).toBe("m1");
    expect(scanAfter("Sales rose in spring.").scan.subject).toBeNull();
  });

  it("gives a sentence without a reference or a company to the company the article names most, at full confidence", () => {
    const { scan, memory } = scanAfter("Sales rose in spring.");
    expect(scan.actor).toBe("m9");
    scan.fact("SELLS_IN", scan.actor!, "m5", 0.8);
    expect(memory.facts).toEqual([expect.objectContaining({ from: "m9", confidence: 0.8 })]);
    expect(memory.facts[0]).not.toHaveProperty("fromSentence");
  });

  it("takes the company a sentence names over any reference in it", () => {
    const mention: MentionRef = { ref: "m3", mention: { label: "Company", text: "Volta Cells", start: 104, end: 115, sentence: 1, confidence: 0.9 } };
    const { scan, memory } = scanAfter("Its Volta Cells unit opened a plant.", [mention]);
    expect(scan.actor).toBe("m3");
    scan.fact("SELLS_IN", scan.actor!, "m5", 0.8);
    expect(memory.facts[0]).not.toHaveProperty("fromSentence");
  });

  it("takes 'the Finnish tram builder' and 'the group' alike as the previous sentence's first company, for the actor and the reference", () => {
    for (const text of ["The Finnish tram builder opened a plant.", "The group opened a plant."]) {
      const { scan } = scanAfter(text);
      expect(scan.actor).toBe("m1");
      expect(scan.referred).toBe("m1");
    }
  });

  it("takes 'we' and 'our' as the company the article names first, for the actor and the reference", () => {
    const memory = createDocumentMemory("m9", "m4");
    const text = "Our plant opened in spring.";
    const sentence = { index: 1, text, start: 100, end: 100 + text.length };
    const scan = scanSentence({ sentence, mentions: [], reference: null, previous: { index: 0, companies: ["m1"] } }, memory);
    expect(scan.actor).toBe("m4");
    expect(scan.referred).toBe("m4");
  });
});
