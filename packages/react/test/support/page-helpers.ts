// What the tests do with a page, in the page (page.evaluate) or by waiting on it: each wait is
// for an event or a state, never for a time.
import type { Page } from "playwright-core";
import type { PageState } from "../pages/harness.ts";

/** The reply the `story` graph streams, character by character (25 ms each). */
export const STORY =
  "Tides come from the Moon's gravity: it pulls hardest on the ocean nearest to it, raising a bulge there and another on the far side, and the Earth turns beneath both twice a day.";

/** The reply the `chat` graph gives. */
export const CHAT_REPLY = "Tides are caused by the Moon's gravity pulling on the oceans.";

/** A human message, as a graph with MessagesAnnotation takes it. */
export const human = (content: string) => ({ messages: [{ type: "human", content }] });

/** Waits until the page's hook is mounted (its effect handed the test `window.app`). */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => window.app !== undefined);
}

/** The hook's state as last rendered. */
export const stateOf = (page: Page): Promise<PageState> => page.evaluate(() => window.app.state());

/** Submits and resolves when the run's stream ended (the hook's `submit` resolves then). */
export function submit(
  page: Page,
  input: Record<string, unknown> | null,
  options?: Record<string, unknown>,
): Promise<void> {
  return page.evaluate(([i, o]) => window.app.submit(i, o), [input, options] as const);
}

/**
 * Submits without waiting for the run's end; the returned promise settles with it (or is
 * dropped by a reload).
 */
export async function startSubmit(page: Page, input: Record<string, unknown>): Promise<void> {
  await page.evaluate((i) => {
    void window.app.submit(i);
  }, input);
}

/** The AI text on screen (every AI message's, joined with `|`). */
export const aiTextOf = (page: Page): Promise<string> =>
  page.evaluate(() =>
    [...document.querySelectorAll("#messages li[data-type=ai]")]
      .map((item) => item.textContent ?? "")
      .join("|"),
  );

/** Waits until at least `length` characters of AI text are on screen while a run streams. */
export async function waitForStreamedText(page: Page, length: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.getElementById("status")?.textContent === "loading" &&
      [...document.querySelectorAll("#messages li[data-type=ai]")].some(
        (item) => (item.textContent ?? "").length >= n,
      ),
    length,
  );
}

/** Waits until no run streams and `count` messages are on screen. */
export async function waitForMessages(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.getElementById("status")?.textContent === "idle" &&
      document.querySelectorAll("#messages li").length === n,
    count,
    { timeout: 30_000 },
  );
}

/** The probe's counters and samples. */
export const probeOf = (page: Page) =>
  page.evaluate(() => ({
    renders: { ...window.probe.renders },
    frames: window.probe.frames,
    samples: [...window.probe.samples],
  }));

/** Zeroes the probe's counters and samples. */
export const resetProbe = (page: Page) => page.evaluate(() => window.probe.reset());
