import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AgreementPartyResolver, AgreementResolver, WitnessResolver } from "./agreement/agreement.resolver";
import { ProvenanceResolver } from "./common/provenance.resolver";
import { RelationshipResolver } from "./common/relationship.resolver";
import { CompanyResolver } from "./company/company.resolver";
import { requestContainer, type GraphContext } from "./context";
import { WRITE_SCOPE } from "../auth/authenticate";
import { ForbiddenError, UnauthenticatedError } from "../errors";
import { IngestResolver } from "./ingest/ingest.resolver";
import { DocumentResolver } from "./document/document.resolver";
import { EventResolver } from "./event/event.resolver";
import { FacilityResolver } from "./facility/facility.resolver";
import { FigureResolver } from "./figure/figure.resolver";
import { MarketResolver } from "./market/market.resolver";
import { NodeResolver } from "./node/node.resolver";
import { PersonResolver, PositionResolver } from "./person/person.resolver";
import { SearchResolver } from "./search/search.resolver";
import { VehicleResolver } from "./vehicle/vehicle.resolver";
import { AnalyticsResolver } from "./analytics/analytics.resolver";
import { TraversalResolver } from "./traversal/traversal.resolver";

export const RESOLVERS = [
  NodeResolver,
  SearchResolver,
  TraversalResolver,
  AnalyticsResolver,
  CompanyResolver,
  PersonResolver,
  PositionResolver,
  AgreementResolver,
  AgreementPartyResolver,
  WitnessResolver,
  MarketResolver,
  VehicleResolver,
  FacilityResolver,
  EventResolver,
  FigureResolver,
  DocumentResolver,
  RelationshipResolver,
  ProvenanceResolver,
  IngestResolver,
] as const;

let schema: Promise<GraphQLSchema> | null = null;

/** The executable schema, built once per process from the type-graphql classes. */
export function buildGraphSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: RESOLVERS,
    container: requestContainer,
    validate: { forbidUnknownValues: false },
    authChecker: ({ context }: { context: GraphContext }, roles: string[]) => {
      const { principal } = context;
      if (principal.kind === "anonymous" || principal.kind === "invalid") throw new UnauthenticatedError();
      for (const scope of roles.length ? roles : [WRITE_SCOPE]) if (!principal.scopes.has(scope)) throw new ForbiddenError(scope);
      return true;
    },
    emitSchemaFile: false,
  });
  return schema;
}
