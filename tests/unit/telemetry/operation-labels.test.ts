import { ANONYMOUS_OPERATION, INVALID_OPERATION, OperationLabels, OTHER_OPERATION } from "../../../src/telemetry/operation-labels";

describe("OperationLabels", () => {
  it("labels a named operation with its name, an unnamed one as anonymous and an unresolved document as invalid", () => {
    const labels = new OperationLabels();
    expect(labels.labelOf(true, "CompanyPage")).toBe("CompanyPage");
    expect(labels.labelOf(true, null)).toBe(ANONYMOUS_OPERATION);
    expect(labels.labelOf(false, "CompanyPage")).toBe(INVALID_OPERATION);
  });

  it("gives names past the cap one shared label, while the names already seen keep theirs", () => {
    const labels = new OperationLabels(2);
    expect([labels.labelOf(true, "A"), labels.labelOf(true, "B"), labels.labelOf(true, "C"), labels.labelOf(true, "A")]).toEqual([
      "A",
      "B",
      OTHER_OPERATION,
      "A",
    ]);
  });
});
