import { InProcessEventBus, LocalSubscribers } from "../../../src/events/event-bus";
import { EntityChangeCause, LIVE_TOPICS, LiveEvents } from "../../../src/events/live-events";

describe("the in-process event bus", () => {
  it("hands each event to every subscriber of its topic, in order, and to no other topic's", async () => {
    const bus = new InProcessEventBus();
    const first = bus.subscribe("a");
    const second = bus.subscribe("a");
    const other = bus.subscribe("b");
    bus.publish("a", 1);
    bus.publish("a", 2);
    bus.publish("b", "x");
    expect([(await first.next()).value, (await first.next()).value]).toEqual([1, 2]);
    expect([(await second.next()).value, (await second.next()).value]).toEqual([1, 2]);
    expect((await other.next()).value).toBe("x");
  });

  it("stops delivering to a subscription once it is returned, and ends a read that was waiting", async () => {
    const bus = new InProcessEventBus();
    const subscription = bus.subscribe("a");
    const waiting = subscription.next();
    await subscription.return!();
    expect(await waiting).toEqual({ value: undefined, done: true });
    bus.publish("a", 1);
    expect(await subscription.next()).toEqual({ value: undefined, done: true });
  });

  it("keeps the latest 256 events of a subscriber that does not read, dropping older ones", async () => {
    const bus = new InProcessEventBus();
    const subscription = bus.subscribe("a");
    for (let n = 1; n <= 300; n += 1) bus.publish("a", n);
    expect((await subscription.next()).value).toBe(45);
  });
});

describe("LocalSubscribers", () => {
  it("says when a topic gets its first subscriber and loses its last, so that a shared transport listens to exactly those topics", async () => {
    const calls: string[] = [];
    const local = new LocalSubscribers(
      (topic) => calls.push(`first ${topic}`),
      (topic) => calls.push(`last ${topic}`),
    );
    const one = local.subscribe("a");
    const two = local.subscribe("a");
    expect(local.topics()).toEqual(["a"]);
    await one.return!();
    await two.return!();
    expect(calls).toEqual(["first a", "last a"]);
    expect(local.topics()).toEqual([]);
  });
});

describe("LiveEvents", () => {
  it("publishes a document event, then an entityChanged on each touched entity's own topic", async () => {
    const bus = new InProcessEventBus();
    const ingested = bus.subscribe(LIVE_TOPICS.documentIngested);
    const foton = bus.subscribe(LIVE_TOPICS.entityChanged("company:foton"));
    const catl = bus.subscribe(LIVE_TOPICS.entityChanged("company:catl"));
    const event = {
      id: "document:x",
      title: "X",
      source: null,
      publishedOn: null,
      newEntities: 0,
      existingEntities: 2,
      facts: 1,
      entityIds: ["company:foton"],
    };
    new LiveEvents(bus).documentIngested(event);
    new LiveEvents(bus).documentDeleted({ id: "document:y", removedRelationships: 3, entityIds: ["company:catl"] });
    expect((await ingested.next()).value).toEqual(event);
    expect((await foton.next()).value).toEqual({ id: "company:foton", documentId: "document:x", cause: EntityChangeCause.DOCUMENT_INGESTED });
    expect((await catl.next()).value).toEqual({ id: "company:catl", documentId: "document:y", cause: EntityChangeCause.DOCUMENT_DELETED });
  });
});
