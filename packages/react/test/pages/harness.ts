// What every test page shares with the test driving it (playwright-core's page.evaluate): render
// counters, an animation-frame counter, and a per-frame sample of the AI text on screen. Counts,
// never timings: the tests assert how often things happened, not how long they took.

export interface PageProbe {
  /** Renders by component name (`parent`, `row:<message id>`). */
  renders: Record<string, number>;
  /** Animation frames since the page started (or since `reset`). */
  frames: number;
  /** The AI text on screen at each animation frame, in order (changes only). */
  samples: string[];
  /** Zeroes the counters and samples. */
  reset(): void;
}

declare global {
  interface Window {
    probe: PageProbe;
  }
}

export const probe: PageProbe = {
  renders: {},
  frames: 0,
  samples: [],
  reset() {
    probe.renders = {};
    probe.frames = 0;
    probe.samples = [];
  },
};
window.probe = probe;

/** Counts one render of `name`; call it in a component's body. */
export function countRender(name: string): void {
  probe.renders[name] = (probe.renders[name] ?? 0) + 1;
}

/** The text of every AI message on screen, joined with `|`. */
export const aiText = (): string =>
  [...document.querySelectorAll("#messages li[data-type=ai]")]
    .map((item) => item.textContent ?? "")
    .join("|");

const onFrame = () => {
  probe.frames += 1;
  const text = aiText();
  if (probe.samples.at(-1) !== text) probe.samples.push(text);
  requestAnimationFrame(onFrame);
};
requestAnimationFrame(onFrame);

/** The parameters the test put in the page's URL. */
export const params = new URLSearchParams(location.search);

/** A message's content as text. */
export function textOf(message: { content?: unknown } | undefined): string {
  const content = message?.content;
  return typeof content === "string" ? content : JSON.stringify(content ?? "");
}

/** What a page hands the test: the hook's functions, and its state as last rendered. */
export interface PageApp {
  submit(input: Record<string, unknown> | null, options?: Record<string, unknown>): Promise<void>;
  stop(): Promise<void>;
  switchThread(threadId: string | null): Promise<void>;
  joinStream(runId: string, lastEventId?: string): Promise<void>;
  /** Sets the page's own `threadId` state (the controlled prop). */
  setThread(threadId: string | null): void;
  /** The hook's state as last rendered, as JSON-safe data. */
  state(): PageState;
  /** Run ids `onCreated` reported, in order. */
  created: string[];
  /** Thread ids `onThreadId` reported, in order. */
  announced: string[];
  /** The values of each state `onFinish` was given (with `callbacks=1`). */
  finished: unknown[];
  /** The node names of each `onUpdateEvent` (with `callbacks=1`). */
  updates: string[];
}

/** The state a page shows, as JSON-safe data. */
export interface PageState {
  threadId: string | null;
  values: unknown;
  messages: unknown[];
  interrupt: unknown;
  interrupts: unknown[];
  isLoading: boolean;
  isThreadLoading: boolean;
  error: string | null;
  toolCalls?: unknown;
  toolCallsByMessage?: unknown;
}

declare global {
  interface Window {
    app: PageApp;
  }
}
