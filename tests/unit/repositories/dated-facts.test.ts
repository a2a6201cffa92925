import { modelInUse } from "../../../src/model/model-in-use";
import { datedFactParams, timelineProjection } from "../../../src/repositories/dated-facts";

describe("timelineProjection", () => {
  const view = modelInUse();

  it("adds every declared date with its parts, and the property naming a date's kind, to a label the request projects", () => {
    const projection = timelineProjection(view, { nodeKeys: { Agreement: ["id", "name"] }, relationshipKeys: {} });
    expect(projection.nodeKeys.Agreement).toEqual(expect.arrayContaining(["id", "name", "signedOn", "signedOn_start", "signedOn_precision", "signedOn_end"]));
    for (const date of view.dateNames(view.propertiesOf("Agreement"))) expect(projection.nodeKeys.Agreement).toContain(`${date}_start`);
  });

  it("adds a relationship type's dates and its caption", () => {
    const projection = timelineProjection(view, { nodeKeys: {}, relationshipKeys: { HOLDS_POSITION: ["id"] } });
    const caption = view.relationship("HOLDS_POSITION").caption!;
    expect(projection.relationshipKeys.HOLDS_POSITION).toEqual(expect.arrayContaining(["id", caption, "asOf", "asOf_start"]));
  });

  it("leaves a label or type the request reads whole whole", () => {
    const projection = timelineProjection(view, { nodeKeys: { Company: ["id", "name"] }, relationshipKeys: {} });
    expect(projection.nodeKeys.Agreement).toBeUndefined();
    expect(projection.relationshipKeys.HOLDS_POSITION).toBeUndefined();
  });
});

describe("datedFactParams", () => {
  it("derives the same parameters once per model view", () => {
    expect(datedFactParams(modelInUse())).toBe(datedFactParams(modelInUse()));
  });
});
