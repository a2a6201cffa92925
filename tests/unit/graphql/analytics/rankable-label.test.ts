import { rankableLabels } from "../../../../src/graphql/analytics/rankable-label";
import { GRAPH_MODEL } from "../../../../src/model/graph-model";
import { viewOf } from "../../../../src/model/model-view";
import { EXTENDED } from "../../../support/investor-model";

describe("the labels mostConnected can rank", () => {
  const view = viewOf(GRAPH_MODEL);

  it("are the entity labels by default: the document label has only mentions, which are not facts", () => {
    expect(rankableLabels(view, [])).toEqual(view.entityLabels);
    expect(rankableLabels(view, [])).not.toContain(GRAPH_MODEL.documentLabel);
  });

  it("are the ends of the counted relationship types when some are given", () => {
    expect(rankableLabels(view, ["PARTY_TO"]).sort()).toEqual(["Agreement", "Company"]);
    expect(rankableLabels(view, [view.mentionType])).toContain(GRAPH_MODEL.documentLabel);
  });

  it("follow the model: a label added with a fact type can be ranked", () => {
    expect(rankableLabels(viewOf(EXTENDED), [])).toContain("Investor");
  });
});
