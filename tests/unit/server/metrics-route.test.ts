import { READ_SCOPE, WRITE_SCOPE, type Principal } from "../../../src/auth/authenticate";
import { metricsRefusal } from "../../../src/server/metrics-route";

const principal = (kind: Principal["kind"], scopes: string[] = []): Principal => ({ kind, scopes: new Set(scopes) });

describe("who may read /metrics when reads need credentials", () => {
  it("refuses no credentials and bad ones as UNAUTHENTICATED", () => {
    expect(metricsRefusal(principal("anonymous"))?.extensions.code).toBe("UNAUTHENTICATED");
    expect(metricsRefusal(principal("invalid"))?.extensions.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a token without the read scope as FORBIDDEN, and lets a key or a reading token through", () => {
    expect(metricsRefusal(principal("jwt", [WRITE_SCOPE]))?.extensions).toMatchObject({ code: "FORBIDDEN", scope: READ_SCOPE });
    expect(metricsRefusal(principal("jwt", [READ_SCOPE]))).toBeNull();
    expect(metricsRefusal(principal("api-key", [READ_SCOPE, WRITE_SCOPE]))).toBeNull();
  });
});
