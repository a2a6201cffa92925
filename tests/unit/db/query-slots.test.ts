import { QuerySlots } from "../../../src/db/query-slots";
import { ErrorCode } from "../../../src/errors";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("QuerySlots", () => {
  it("runs no more than its cap at once", async () => {
    const slots = new QuerySlots(2, 1000);
    let running = 0;
    let peak = 0;
    const gates = Array.from({ length: 5 }, deferred);
    const all = gates.map((gate) =>
      slots.run("read", async () => {
        running += 1;
        peak = Math.max(peak, running);
        await gate.promise;
        running -= 1;
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(running).toBe(2);
    for (const gate of gates) gate.resolve();
    await Promise.all(all);
    expect(peak).toBe(2);
  });

  it("gives a freed slot to a waiting write before waiting reads", async () => {
    const slots = new QuerySlots(1, 1000);
    const order: string[] = [];
    const first = deferred();
    const busy = slots.run("read", () => first.promise);
    const reads = [slots.run("read", async () => void order.push("read 1")), slots.run("read", async () => void order.push("read 2"))];
    const write = slots.run("write", async () => void order.push("write"));
    first.resolve();
    await Promise.all([busy, ...reads, write]);
    expect(order).toEqual(["write", "read 1", "read 2"]);
  });

  it("answers SERVICE_UNAVAILABLE to a caller that waits longer than allowed, and frees nothing it did not take", async () => {
    const slots = new QuerySlots(1, 50);
    const gate = deferred();
    const busy = slots.run("read", () => gate.promise);
    await expect(slots.run("read", async () => "never")).rejects.toMatchObject({ extensions: { code: ErrorCode.ServiceUnavailable } });
    gate.resolve();
    await busy;
    await expect(slots.run("read", async () => "ran")).resolves.toBe("ran");
  });

  it("frees the slot when the work fails", async () => {
    const slots = new QuerySlots(1, 50);
    await expect(slots.run("write", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(slots.run("read", async () => "ran")).resolves.toBe("ran");
  });
});
