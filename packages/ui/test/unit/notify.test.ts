import { describe, expect, it } from "vitest";
import { createNotifier } from "../../src/notify";

describe("createNotifier", () => {
  it("sync: flushes on every request", () => {
    let flushes = 0;
    const notifier = createNotifier("sync", () => flushes++);
    notifier.request();
    notifier.request();
    expect(flushes).toBe(2);
  });

  it("microtask: many requests in one task flush once", async () => {
    let flushes = 0;
    const notifier = createNotifier("microtask", () => flushes++);
    for (let i = 0; i < 100; i++) notifier.request();
    expect(flushes).toBe(0);
    await Promise.resolve();
    expect(flushes).toBe(1);
  });

  it("frame without requestAnimationFrame: a timer, one flush for a burst; cancel drops it", async () => {
    let flushes = 0;
    const flushed = new Promise<void>((resolve) => {
      const notifier = createNotifier("frame", () => {
        flushes++;
        resolve();
      });
      for (let i = 0; i < 50; i++) notifier.request();
    });
    await flushed;
    expect(flushes).toBe(1);

    let cancelled = 0;
    const notifier = createNotifier(1, () => cancelled++);
    notifier.request();
    notifier.cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cancelled).toBe(0);
  });

  it("a custom schedule decides when, and is asked once per pending flush", () => {
    const pending: Array<() => void> = [];
    let flushes = 0;
    const notifier = createNotifier(
      (flush) => {
        pending.push(flush);
        return () => {};
      },
      () => flushes++,
    );
    notifier.request();
    notifier.request();
    expect(pending).toHaveLength(1);
    pending[0]?.();
    expect(flushes).toBe(1);
    notifier.request();
    expect(pending).toHaveLength(2);
  });
});
