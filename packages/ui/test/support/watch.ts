import { expect } from "vitest";
import type { ChatSnapshot, ChatStore } from "../../src/index";
import { aiText } from "./story";

/**
 * Every snapshot a store notified, in order, and a way to await one: `until(predicate)` resolves
 * with the first snapshot (the current one included) that matches, found by a subscriber, never
 * by polling.
 */
export function watch<State>(store: ChatStore<State>) {
  const snapshots: ChatSnapshot<State>[] = [];
  const waiting = new Set<{
    test: (snapshot: ChatSnapshot<State>) => boolean;
    resolve: (snapshot: ChatSnapshot<State>) => void;
  }>();
  const unsubscribe = store.subscribe(() => {
    const snapshot = store.getSnapshot();
    snapshots.push(snapshot);
    for (const waiter of [...waiting]) {
      if (waiter.test(snapshot)) {
        waiting.delete(waiter);
        waiter.resolve(snapshot);
      }
    }
  });
  return {
    snapshots,
    unsubscribe,
    /** Notifications so far. */
    get count() {
      return snapshots.length;
    },
    until(test: (snapshot: ChatSnapshot<State>) => boolean): Promise<ChatSnapshot<State>> {
      const now = store.getSnapshot();
      if (test(now)) return Promise.resolve(now);
      return new Promise((resolve) => waiting.add({ test, resolve }));
    },
  };
}

/**
 * The AI text streamed never loses or doubles a token: each text is a prefix of the final one,
 * and each is at least as long as the one before (it only grows).
 */
export function expectGrowingPrefixes(texts: readonly string[], final: string, label = ""): void {
  let previous = "";
  for (const [index, text] of texts.entries()) {
    if (!final.startsWith(text)) {
      expect.fail(
        `${label} text #${index} is not a prefix of the final text: ${JSON.stringify(text)}`,
      );
    }
    if (text.length < previous.length) {
      expect.fail(
        `${label} text #${index} shrank from ${previous.length} to ${text.length} characters`,
      );
    }
    previous = text;
  }
}

/** The AI text of each snapshot. */
export const aiTexts = <State>(snapshots: readonly ChatSnapshot<State>[]): string[] =>
  snapshots.map((snapshot) => aiText(snapshot.messages));
