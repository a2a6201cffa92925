import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, type Span, type Tracer } from "@opentelemetry/api";
import { ATTR_ERROR_TYPE, ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_HTTP_ROUTE } from "@opentelemetry/semantic-conventions";
import type express from "express";
import { requestContext } from "../telemetry/trace-context";

/** The route that answered (`/graphql`, `/health`), as Express matched it; undefined when none did (a 404). */
export function routeOf(req: Pick<express.Request, "baseUrl" | "route">): string | undefined {
  const route = (req.route as { path?: unknown } | undefined)?.path;
  const path = `${req.baseUrl}${typeof route === "string" ? route : ""}`;
  return path || undefined;
}

function finish(span: Span, req: express.Request, res: express.Response): void {
  const route = routeOf(req);
  if (route) {
    span.updateName(`${req.method} ${route}`);
    span.setAttribute(ATTR_HTTP_ROUTE, route);
  }
  span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
  if (res.statusCode >= 500 || !res.writableFinished) {
    span.setStatus({ code: SpanStatusCode.ERROR });
    span.setAttribute(ATTR_ERROR_TYPE, res.writableFinished ? String(res.statusCode) : "aborted");
  }
  span.end();
}

/**
 * The HTTP span of every request (method, route and status code, as the semantic conventions name
 * them; a caller's `traceparent` makes it part of the caller's trace), made current for all that the
 * request runs, its GraphQL operation and Cypher statements included. The request and response
 * emitters are bound to it too, since the body parser's callbacks run in the socket's context.
 */
export function traceRequests(tracer: Tracer): express.RequestHandler {
  return (req, res, next) => {
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = tracer.startSpan(req.method, { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: req.method } }, parent);
    const active = requestContext(parent, span);
    context.bind(active, req);
    context.bind(active, res);
    res.once("close", () => finish(span, req, res));
    context.with(active, next);
  };
}
