import { createClient, type Client } from "graphql-ws/client";

const ENTITY_CHANGED = /* GraphQL */ `
  subscription ExplorerEntityChanged($id: ID!) {
    entityChanged(id: $id) {
      id
    }
  }
`;

/** How long changes are gathered before they are drawn: an ingest's events arrive within a few milliseconds of each other. */
const BATCH_MS = 100;

/**
 * Watches the entities the explorer has drawn: one `entityChanged` subscription per drawn entity,
 * over one graphql-ws connection to the page's own /graphql (opened with the first, closed after the
 * last). Changes that arrive together (an ingest touches many entities at once) are handed over as
 * one batch. A subscription the server refuses (over LIVE_MAX_SUBSCRIPTIONS, say) or a connection it
 * refuses only means that entity is not kept fresh: it is not an error of the page.
 */
export class LiveRefresh {
  private readonly client: Client;
  private readonly watching = new Map<string, () => void>();
  private readonly changed = new Set<string>();
  private flushing: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly onChange: (ids: string[]) => void) {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    this.client = createClient({ url: `${scheme}://${location.host}/graphql`, lazy: true, retryAttempts: 20, shouldRetry: () => true });
  }

  watch(id: string): void {
    if (this.watching.has(id)) return;
    const stop = this.client.subscribe<{ entityChanged: { id: string } }>(
      { query: ENTITY_CHANGED, variables: { id } },
      {
        next: ({ data }) => {
          if (data) this.schedule(data.entityChanged.id);
        },
        error: () => this.watching.delete(id),
        complete: () => this.watching.delete(id),
      },
    );
    this.watching.set(id, stop);
  }

  unwatch(id: string): void {
    this.watching.get(id)?.();
    this.watching.delete(id);
  }

  private schedule(id: string): void {
    this.changed.add(id);
    this.flushing ??= setTimeout(() => {
      this.flushing = null;
      const ids = [...this.changed];
      this.changed.clear();
      this.onChange(ids);
    }, BATCH_MS);
  }
}
