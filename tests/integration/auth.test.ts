import http from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, exportJWK, generateKeyPair } from "jose";
import { startTestApp, type TestApp } from "./support/test-app";
import { openTestGraph, testConfig, type TestGraph } from "./support/test-neo4j";

const SECRET = "a-test-hs256-secret-of-at-least-32-characters";
const DELETE = `mutation { deleteDocument(id: "document:does-not-exist") { documentId } }`;

const hs256 = (claims: Record<string, unknown>, secret = SECRET, expiresIn = "5m") =>
  new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime(expiresIn).sign(new TextEncoder().encode(secret));

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("auth", () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
    await graph.reset();
  });
  afterAll(() => graph.close());

  describe("with an HS256 secret", () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp(testConfig({ AUTH_JWT_SECRET: SECRET }), graph.gateway);
    });
    afterAll(() => app.close());

    it("lets a token with the write scope through to the mutation", async () => {
      const { errors } = await app.query(DELETE, {}, bearer(await hs256({ scope: "read write" })));
      expect(errors![0].extensions!.code).toBe("NOT_FOUND");
    });

    it("answers FORBIDDEN to a valid token without the write scope", async () => {
      const { errors } = await app.query(DELETE, {}, bearer(await hs256({ scope: "read" })));
      expect(errors![0].extensions).toMatchObject({ code: "FORBIDDEN", scope: "write" });
    });

    it.each([
      ["a token signed with another secret", () => hs256({ scope: "write" }, "another-secret-that-is-long-enough-too!")],
      ["an expired token", () => hs256({ scope: "write" }, SECRET, "-1m")],
      ["a token that is not a JWT", async () => "not.a.token"],
    ])("answers UNAUTHENTICATED to %s, without echoing it", async (_case, token) => {
      const sent = await token();
      const { errors } = await app.query(DELETE, {}, bearer(sent));
      expect(errors![0].extensions!.code).toBe("UNAUTHENTICATED");
      expect(JSON.stringify(errors)).not.toContain(sent);
    });

    it("keeps reads public", async () => {
      const { data } = await app.query(`{ company(id: "company:foton") { name } }`);
      expect(data.company.name).toBe("Foton");
    });
  });

  describe("with a JWKS", () => {
    let app: TestApp;
    let jwksServer: http.Server;
    let sign: (claims: Record<string, unknown>) => Promise<string>;
    beforeAll(async () => {
      const { publicKey, privateKey } = await generateKeyPair("RS256");
      const jwk = { ...(await exportJWK(publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
      jwksServer = http.createServer((_req, res) => {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
      const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
      sign = (claims) =>
        new SignJWT(claims)
          .setProtectedHeader({ alg: "RS256", kid: "test-key" })
          .setIssuer("https://issuer.test")
          .setAudience("knowledge-graph")
          .setExpirationTime("5m")
          .sign(privateKey);
      app = await startTestApp(
        testConfig({ AUTH_JWKS_URL: jwksUrl, AUTH_JWT_ISSUER: "https://issuer.test", AUTH_JWT_AUDIENCE: "knowledge-graph" }),
        graph.gateway,
      );
    });
    afterAll(async () => {
      await app.close();
      jwksServer.close();
    });

    it("accepts a token signed by a key of the JWKS, with the write scope in scp", async () => {
      const { errors } = await app.query(DELETE, {}, bearer(await sign({ scp: ["write"] })));
      expect(errors![0].extensions!.code).toBe("NOT_FOUND");
    });

    it("refuses a token signed by a key the JWKS does not hold", async () => {
      const { privateKey } = await generateKeyPair("RS256");
      const forged = await new SignJWT({ scp: ["write"] }).setProtectedHeader({ alg: "RS256", kid: "test-key" }).setExpirationTime("5m").sign(privateKey);
      const { errors } = await app.query(DELETE, {}, bearer(forged));
      expect(errors![0].extensions!.code).toBe("UNAUTHENTICATED");
    });
  });

  describe("with READS_REQUIRE_AUTH", () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp(testConfig({ READS_REQUIRE_AUTH: "true" }), graph.gateway);
    });
    afterAll(() => app.close());

    it("refuses an anonymous query with 401 UNAUTHENTICATED and serves one with a key", async () => {
      const response = await fetch(`${app.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
      const { data } = await app.query(`{ company(id: "company:foton") { name } }`, {}, { authorization: "Bearer knowledge-graph-dev-key" });
      expect(data.company.name).toBe("Foton");
    });
  });
});
