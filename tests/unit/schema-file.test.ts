import fs from "node:fs";
import { renderSchema, SCHEMA_FILE } from "../../src/cli/emit-schema";

describe("schema/schema.graphql", () => {
  it("matches the schema the code builds (run `npm run schema` after changing the API)", async () => {
    expect(fs.readFileSync(SCHEMA_FILE, "utf8")).toBe(await renderSchema());
  });
});
