import express from "express";
import { GraphQLError } from "graphql";
import type { Config } from "../config";
import type { Neo4jGateway } from "../db/neo4j-gateway";
import { READ_SCOPE, type Principal } from "../auth/authenticate";
import { ErrorCode, ForbiddenError, UnauthenticatedError } from "../errors";
import { modelInUse } from "../model/model-in-use";
import { formatError } from "../server/format-error";
import { EXPORT_CONTEXT_PATH, EXPORT_FORMATS, ExportService, readExportArguments } from "./export.service";
import { renderExportContext } from "./jsonld.writer";

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.QueryLimitExceeded]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.ServiceUnavailable]: 503,
  [ErrorCode.QueryTimeout]: 504,
};

/** An error as the body GraphQL answers carry, `{errors: [{message, extensions: {code}}]}`, with the status its code means. */
function sendError(config: Config, res: express.Response, error: unknown): void {
  const known = error instanceof GraphQLError ? error : new GraphQLError((error as Error).message, { extensions: { code: ErrorCode.InternalServerError } });
  const { http: _http, ...extensions } = known.extensions as Record<string, unknown>;
  const formatted = formatError(config)({ message: known.message, extensions }, error);
  res.status(STATUS[String(formatted.extensions?.code)] ?? 500).json({ errors: [formatted] });
}

/** Exports are reads of the whole graph: they need an API key or a token with the read scope, whatever READS_REQUIRE_AUTH says. */
function checkReader(principal: Principal): void {
  if (principal.kind === "anonymous" || principal.kind === "invalid") throw new UnauthenticatedError("Exports need credentials");
  if (!principal.scopes.has(READ_SCOPE)) throw new ForbiddenError(READ_SCOPE);
}

/**
 * The export routes: `GET /export/context.jsonld`, the public JSON-LD context, and `GET /export/:format`
 * (graphml, csv or jsonld; `entity` and `depth` in the query for a neighbourhood), a download for a
 * reader. Everything is checked (credentials, format, depth, the entity) before the first byte is
 * sent, so a refusal is a 4xx with a coded error; a failure mid-stream can only cut the download.
 */
export function exportRoutes(config: Config, gateway: Neo4jGateway, authenticate: (header: string | undefined) => Promise<Principal>): express.Router {
  const router = express.Router();
  const service = new ExportService(gateway, config.export);
  const context = renderExportContext(modelInUse());
  router.get(EXPORT_CONTEXT_PATH, (_req, res) => {
    res.type("application/ld+json").set("access-control-allow-origin", "*").send(context);
  });
  router.get("/export/:format", async (req, res) => {
    let started = false;
    try {
      checkReader(await authenticate(req.headers.authorization));
      const args = await readExportArguments({ format: req.params.format, entity: req.query.entity, depth: req.query.depth }, config.export.maxDepth);
      const source = await service.open(args);
      const { contentType, extension } = EXPORT_FORMATS[args.format];
      const name = args.entity ? `neighbourhood-${args.entity.replace(/[^\w.-]+/g, "-")}` : "graph";
      res
        .status(200)
        .type(contentType)
        .set({ "content-disposition": `attachment; filename="${name}.${extension}"`, "cache-control": "no-store" });
      started = true;
      const contextUrl = config.export.contextUrl ?? `${req.protocol}://${req.get("host")}${EXPORT_CONTEXT_PATH}`;
      await service.writeTo(args.format, source, res, contextUrl);
      res.end();
    } catch (error) {
      if (started) res.destroy(error as Error);
      else sendError(config, res, error);
    }
  });
  return router;
}
