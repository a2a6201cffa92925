import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import type { Config } from "../config";
import { bearerKeyMatches } from "./api-key";

/** Who a request is: nobody, someone whose credentials failed, or a key or token holder with scopes. */
export interface Principal {
  kind: "anonymous" | "invalid" | "api-key" | "jwt";
  scopes: Set<string>;
}

export const WRITE_SCOPE = "write";
export const READ_SCOPE = "read";

const ANONYMOUS: Principal = { kind: "anonymous", scopes: new Set() };
const INVALID: Principal = { kind: "invalid", scopes: new Set() };

function scopesOf(payload: JWTPayload): Set<string> {
  const scopes = new Set<string>();
  for (const claim of [payload.scope, payload.scp, payload.permissions]) {
    if (typeof claim === "string") for (const scope of claim.split(/\s+/)) if (scope) scopes.add(scope);
    if (Array.isArray(claim)) for (const scope of claim) if (typeof scope === "string") scopes.add(scope);
  }
  return scopes;
}

/**
 * Reads the Authorization header once per request. An API key from API_KEYS may read and write. A
 * JWT, signed with the HS256 secret or by a key of the JWKS from config (and with the configured
 * issuer and audience, when set), brings the scopes of its `scope`, `scp` or `permissions` claim.
 * Anything else that is sent is "invalid", which is not the same as sending nothing.
 */
export function createAuthenticator(auth: Config["auth"]): (header: string | undefined) => Promise<Principal> {
  const secret = auth.jwtSecret ? new TextEncoder().encode(auth.jwtSecret) : null;
  const jwks = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : null;
  const options = { issuer: auth.jwtIssuer ?? undefined, audience: auth.jwtAudience ?? undefined };
  return async (header) => {
    if (!header) return ANONYMOUS;
    if (bearerKeyMatches(header, auth.apiKeys)) return { kind: "api-key", scopes: new Set([READ_SCOPE, WRITE_SCOPE]) };
    const token = header.match(/^Bearer\s+([\w-]+\.[\w-]+\.[\w-]+)\s*$/i)?.[1];
    if (!token || (!secret && !jwks)) return INVALID;
    try {
      const { payload } = secret ? await jwtVerify(token, secret, { ...options, algorithms: ["HS256"] }) : await jwtVerify(token, jwks!, options);
      return { kind: "jwt", scopes: scopesOf(payload) };
    } catch {
      return INVALID;
    }
  };
}
