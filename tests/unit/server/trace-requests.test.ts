import { routeOf } from "../../../src/server/trace-requests";

describe("routeOf", () => {
  it("joins the mount path and the matched route, and says nothing when no route answered", () => {
    expect(routeOf({ baseUrl: "/graphql", route: undefined })).toBe("/graphql");
    expect(routeOf({ baseUrl: "", route: { path: "/health" } })).toBe("/health");
    expect(routeOf({ baseUrl: "", route: undefined })).toBeUndefined();
  });
});
