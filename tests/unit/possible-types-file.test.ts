import fs from "node:fs";
import { POSSIBLE_TYPES_FILE, renderPossibleTypes } from "../../src/cli/emit-schema";
import { buildGraphSchema } from "../../src/graphql/build-schema";
import { modelInUse } from "../../src/model/model-in-use";

describe("schema/possible-types.json", () => {
  it("matches the interfaces and unions of the schema the code builds (run `npm run schema` after changing the API)", async () => {
    expect(fs.readFileSync(POSSIBLE_TYPES_FILE, "utf8")).toBe(await renderPossibleTypes());
  });

  it("maps Node to every label's type, sorted, so a client cache can match fragments on Node", async () => {
    await buildGraphSchema();
    const map = JSON.parse(await renderPossibleTypes()) as Record<string, string[]>;
    expect(map.Node).toEqual([...modelInUse().labels].sort());
  });
});
