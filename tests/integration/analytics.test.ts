import { useSeededApp } from "./support/test-app";

describe("mostConnected over the seed graph", () => {
  const { client: app } = useSeededApp();

  async function refusal(query: string): Promise<string> {
    const { data, errors } = await app.query(query);
    expect(data?.mostConnected ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    return JSON.stringify(errors![0]);
  }

  it("refuses the document label, which has no fact relationships to count, naming the labels it can rank", async () => {
    const error = await refusal(`{ mostConnected(label: Document) { degree } }`);
    expect(error).toContain("label Document cannot be ranked: it has no fact relationships to count");
    expect(error).toContain("use one of Agreement, Company, Event, Facility, Figure, Market, Person, Vehicle");
  });

  it("refuses a label that none of the asked relationship types reaches", async () => {
    const error = await refusal(`{ mostConnected(label: Market, relationshipTypes: [PARTY_TO]) { degree } }`);
    expect(error).toContain("label Market cannot be ranked: it has no PARTY_TO relationships to count; use one of Agreement, Company");
  });

  it("ranks a label the asked relationship types reach", async () => {
    const { data, errors } = await app.query(`{ mostConnected(label: Market, relationshipTypes: [SELLS_IN], first: 1) { degree node { id } } }`);
    expect(errors).toBeUndefined();
    expect(data.mostConnected[0].degree).toBeGreaterThan(0);
  });

  it.each([0, 101])("refuses first: %d with both bounds", async (first) => {
    expect(await refusal(`{ mostConnected(label: Company, first: ${first}) { degree } }`)).toContain("first must be between 1 and 100");
  });
});
