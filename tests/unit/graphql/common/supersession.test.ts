import { knownSupersededBy, supersededFacts, supersedingFact, type SupersessionRoot } from "../../../../src/graphql/common/supersession";
import type { GraphRepository } from "../../../../src/repositories/graph.repository";
import type { EdgeRecord } from "../../../../src/repositories/node-record";

const JAN = "2026-01-01T00:00:00.000Z";
const FEB = "2026-02-01T00:00:00.000Z";
const MAR = "2026-03-01T00:00:00.000Z";

function edge(id: string, recordedAt: string, more: Record<string, unknown> = {}): EdgeRecord {
  return { type: "HOLDS_POSITION", source: "person:a", target: "company:b", properties: { id, recordedAt, ...more } };
}

/** The chairmanship (January) superseded by the honorary title recorded in March; a blog restated the honorary title in March too. */
const EARLIER = edge("rel:chairman", JAN, { supersededBy: "rel:honorary", supersededRecordedAt: MAR });
const LATER = edge("rel:honorary", MAR, {
  sourceCount: 2,
  evidenceRecordedAt: [MAR, MAR],
  documentIds: ["document:a", "document:b"],
  evidencePublishers: ["Reuters", "Blog"],
  evidenceGrades: ["B", "E"],
});

/** A repository whose supersession read answers from these two facts, as find-supersession.cypher does, counting its calls. */
function repository(): { repository: GraphRepository; calls: () => number } {
  let calls = 0;
  const fake = {
    supersession: (_from: string, _type: string, id: string, supersededBy: string | null) => {
      calls += 1;
      return Promise.resolve([EARLIER, LATER].filter((fact) => fact.properties.id === supersededBy || fact.properties.supersededBy === id));
    },
  };
  return { repository: fake as unknown as GraphRepository, calls: () => calls };
}

const root = (fact: EdgeRecord, knownAsOf?: string): SupersessionRoot => ({
  sourceId: fact.source,
  type: fact.type,
  id: fact.properties.id as string,
  properties: fact.properties,
  knownAsOf,
});

describe("supersession read as of a time", () => {
  it("answers the superseding fact and the superseded ones without knownAsOf, and when the graph knew them", async () => {
    const { repository: repo } = repository();
    expect((await supersedingFact(repo, root(EARLIER)))?.properties.id).toBe("rel:honorary");
    expect((await supersededFacts(repo, root(LATER))).map((fact) => fact.properties.id)).toEqual(["rel:chairman"]);
    const known = await supersedingFact(repo, root(EARLIER, MAR));
    expect(known).toMatchObject({ knownAsOf: MAR, properties: { id: "rel:honorary", sourceCount: 2 } });
  });

  it("answers no superseding fact, without reading it, when it was recorded after knownAsOf", async () => {
    const { repository: repo, calls } = repository();
    expect(await supersedingFact(repo, root(EARLIER, FEB))).toBeNull();
    expect(calls()).toBe(0);
  });

  it("lists only the superseded facts recorded by knownAsOf and superseded by it as known then, each as known then and carrying the same knownAsOf", async () => {
    const { repository: repo } = repository();
    expect(await supersededFacts(repo, root(LATER, "2025-12-31T00:00:00.000Z"))).toEqual([]);
    expect(await supersededFacts(repo, root(LATER, FEB))).toEqual([]);
    expect(await supersededFacts(repo, root(LATER, MAR))).toEqual([{ ...EARLIER, knownAsOf: MAR }]);
  });

  it("shows the superseding fact as the graph knew it: only its claims recorded by then count", async () => {
    const { repository: repo } = repository();
    const partly = { ...LATER, properties: { ...LATER.properties, evidenceRecordedAt: [MAR, "2026-04-01T00:00:00.000Z"] } };
    const fake = { supersession: () => Promise.resolve([partly]) } as unknown as GraphRepository;
    expect((await supersedingFact(fake, root(EARLIER, MAR)))?.properties.sourceCount).toBe(1);
    expect((await supersedingFact(repo, root(EARLIER)))?.properties.sourceCount).toBe(2);
  });

  it("takes the first superseding fact known then: a later-recorded one gives way to an earlier-recorded one that starts after it", () => {
    // The CEO title is superseded from 2022 by the chairmanship (recorded in March) and from 2024 by the honorary title (recorded in January).
    const ceo = {
      supersededBy: "rel:chairman",
      supersededRecordedAt: MAR,
      supersedingIds: ["rel:chairman", "rel:honorary"],
      supersedingRecordedAt: [MAR, JAN],
    };
    expect(knownSupersededBy(ceo, undefined)).toBe("rel:chairman");
    expect(knownSupersededBy(ceo, FEB)).toBe("rel:honorary");
    expect(knownSupersededBy(ceo, MAR)).toBe("rel:chairman");
    expect(knownSupersededBy(ceo, "2025-12-31T00:00:00.000Z")).toBeNull();
  });

  it("falls back to the stored supersededBy for a fact stored without the list of its superseding facts", () => {
    expect(knownSupersededBy(EARLIER.properties, FEB)).toBeNull();
    expect(knownSupersededBy(EARLIER.properties, MAR)).toBe("rel:honorary");
  });
});
