import { Args, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { LIVE_TOPICS, type DocumentDeletedEvent, type DocumentIngestedEvent, type EntityChangedEvent } from "../../events/live-events";
import type { GraphContext } from "../context";
import { validateArguments } from "../validate-arguments";
import { EntityChangedArgs } from "./live.args";
import { DocumentDeleted, DocumentIngested, EntityChanged } from "./live.type";

type Subscribing = SubscribeResolverData<unknown, Record<string, unknown>, GraphContext>;

/** The id is checked when the subscription starts, not at its first event: a malformed one is refused at once. */
async function entityTopic({ args, context }: Subscribing): Promise<AsyncIterable<unknown>> {
  const checked = Object.assign(new EntityChangedArgs(), args);
  await validateArguments(checked);
  return context.events.subscribe(LIVE_TOPICS.entityChanged(checked.id));
}

/**
 * The live updates. Each subscription listens on its request context's event bus (the app's, so
 * that two servers in one process each have their own), which the ingest service publishes to once
 * a write has committed; the resolvers only shape each event.
 */
@Resolver()
export class LiveResolver {
  @Subscription(() => DocumentIngested, {
    description: "Fires for every article written to the graph (by ingestDocument on any replica).",
    subscribe: ({ context }: Subscribing) => context.events.subscribe(LIVE_TOPICS.documentIngested),
  })
  documentIngested(@Root() event: DocumentIngestedEvent): DocumentIngested {
    return Object.assign(new DocumentIngested(), event);
  }

  @Subscription(() => DocumentDeleted, {
    description: "Fires for every document deleted (by deleteDocument on any replica).",
    subscribe: ({ context }: Subscribing) => context.events.subscribe(LIVE_TOPICS.documentDeleted),
  })
  documentDeleted(@Root() event: DocumentDeletedEvent): DocumentDeleted {
    return Object.assign(new DocumentDeleted(), event);
  }

  @Subscription(() => EntityChanged, {
    description: "Fires when facts about one entity are added or removed: an article that mentions it was ingested, or a document that did was deleted.",
    subscribe: entityTopic,
  })
  entityChanged(@Args() _args: EntityChangedArgs, @Root() event: EntityChangedEvent): EntityChanged {
    return Object.assign(new EntityChanged(), event);
  }
}
