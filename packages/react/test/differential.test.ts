// The differential test: ONE component (test/pages/diff-app.tsx) bundled twice, with the official
// useStream (@langchain/langgraph-sdk/react 1.15.0) and with @runwire/react's, run side by side in
// Chromium against the same real server. After each run both must show the same messages and
// values; only keys that differ between any two runs are dropped (see VOLATILE).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PageState } from "./pages/harness.ts";
import { startBrowser, type TestBrowser, type TestPage } from "./support/browser.ts";
import { human, ready, STORY, stateOf, submit } from "./support/page-helpers.ts";

const apiUrl = inject("langgraphUrl");
let browser: TestBrowser;

beforeAll(async () => {
  browser = await startBrowser(apiUrl, ["diff-official", "diff-runwire"]);
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Keys whose values differ between two runs of the same graph, whichever hook reads them: a
 * message's `id` (the server gives each input message a new uuid, each model reply its run's id).
 */
const VOLATILE = new Set(["id"]);

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !VOLATILE.has(key))
      .map(([key, inner]) => [key, stable(inner)]),
  );
}

/** What a hook showed after a run: messages and values, volatile keys dropped. */
const shown = (state: PageState) => ({
  messages: stable(state.messages),
  values: stable(state.values),
  interrupt: stable(state.interrupt),
  isLoading: state.isLoading,
  error: state.error,
});

/** Runs `scenario` on both pages at once; resolves with what each showed after each step. */
async function both<T>(
  assistant: string,
  scenario: (page: TestPage["page"]) => Promise<T>,
): Promise<{ official: T; runwire: T }> {
  const [official, runwire] = await Promise.all([
    browser.open("diff-official", { assistant }),
    browser.open("diff-runwire", { assistant }),
  ]);
  try {
    await Promise.all([ready(official.page), ready(runwire.page)]);
    const [a, b] = await Promise.all([scenario(official.page), scenario(runwire.page)]);
    expect(official.errors).toEqual([]);
    expect(runwire.errors).toEqual([]);
    return { official: a, runwire: b };
  } finally {
    await Promise.all([official.page.close(), runwire.page.close()]);
  }
}

describe("the same component with the official useStream and with @runwire/react", () => {
  it("story graph, new thread: the same final messages and values", async () => {
    const { official, runwire } = await both("story", async (page) => {
      await submit(page, human("Why are there tides?"));
      return shown(await stateOf(page));
    });
    expect(runwire).toEqual(official);
    // And what they agree on is the real reply, not two equal empty screens.
    expect(runwire.messages).toMatchObject([
      { type: "human", content: "Why are there tides?" },
      { type: "ai", content: STORY },
    ]);
  });

  it("hitl graph: the same interrupt, then the same values after resuming it", async () => {
    const { official, runwire } = await both("hitl", async (page) => {
      await submit(page, { question: "Ship it?" });
      const paused = shown(await stateOf(page));
      await submit(page, null, { command: { resume: "yes" } });
      return { paused, resumed: shown(await stateOf(page)) };
    });
    // The one documented difference (README, "Differences where offered"): while paused, the
    // official hook merges the stream's interrupt into `values` as `__interrupt__`, a key the
    // thread's state does not have; runwire keeps it in `interrupt`/`interrupts` only.
    const { __interrupt__, ...officialPausedValues } = official.paused.values as Record<
      string,
      unknown
    >;
    expect(__interrupt__).toEqual([official.paused.interrupt]);
    expect(runwire.paused.values).toEqual(officialPausedValues);
    expect(runwire).toEqual({
      ...official,
      paused: { ...official.paused, values: officialPausedValues },
    });
    expect(runwire.paused.interrupt).toMatchObject({ value: { question: "Ship it?" } });
    expect(runwire.resumed.values).toEqual({ question: "Ship it?", answer: "yes" });
    expect(runwire.resumed.interrupt).toBeNull();
  });

  it("tool-agent graph: the same messages, tool call and tool result included", async () => {
    const { official, runwire } = await both("tool-agent", async (page) => {
      await submit(page, human("What is 1 + 2?"));
      return shown(await stateOf(page));
    });
    expect(runwire).toEqual(official);
    expect((runwire.messages as { type: string }[]).map((m) => m.type)).toEqual([
      "human",
      "ai",
      "tool",
      "ai",
    ]);
  });
});
