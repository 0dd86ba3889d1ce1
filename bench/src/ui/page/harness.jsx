// The page side of the UI benchmark, shared by every variant: a React root the driver mounts
// through `window.bench`, render counters the chat components bump, a frame counter, and the
// one chat view (list + memoised rows) every `useStream`-shaped hook renders through. Only the
// hook differs between the official page and runwire's plain page.

import { memo, useLayoutEffect, useState } from "react";
import { createRoot } from "react-dom/client";

/** The LangGraph server, forwarded on the page's own origin by the benchmark's site. */
export const API_URL = `${location.origin}/lg`;
export const ASSISTANT_ID = "story";
/** Seeded messages have ids with this prefix: a row render of one during a reply is wasted work. */
const SEED_PREFIX = "seed-";

/** Renders since the last reset: of the chat component, of rows, of rows of seeded messages. */
export const counters = { chat: 0, rows: 0, seedRows: 0 };

/** Bumps the row counters; a row component calls it as it renders. */
export function countRow(id) {
  counters.rows++;
  if (typeof id === "string" && id.startsWith(SEED_PREFIX)) counters.seedRows++;
}

export const textOf = (content) =>
  typeof content === "string"
    ? content
    : Array.isArray(content)
      ? content.map((part) => (typeof part === "string" ? part : (part?.text ?? ""))).join("")
      : "";

/** One message row; memoised, so it renders again only when its message object changes. */
export const Row = memo(function Row({ message }) {
  countRow(message.id);
  return <li data-type={message.type}>{textOf(message.content)}</li>;
});

/**
 * What the chat component reports after each commit: the number of messages in the DOM, whether a
 * run is streaming, and its `submit`. The harness waits on these (no polling in the page).
 */
let latest = { count: 0, isLoading: false, submit: undefined };
let waiters = [];
export function useReport(count, isLoading, submit) {
  useLayoutEffect(() => {
    latest = { count, isLoading, submit };
    const now = performance.now();
    waiters = waiters.filter((waiter) => !waiter(latest, now));
  });
}
/** Resolves with the commit time of the first report `test` accepts. */
const waitFor = (test) =>
  new Promise((resolve) => {
    const check = (report, now) => {
      if (!test(report)) return false;
      resolve(now);
      return true;
    };
    if (!check(latest, performance.now())) waiters.push(check);
  });

/**
 * The chat view over an official-shaped hook (`messages`, `isLoading`, `submit`): the official
 * page and runwire's plain page render this same component, with their own `useStream`.
 */
export function StreamChat({ useStream, threadId, onThreadId, reconnect }) {
  counters.chat++;
  const stream = useStream({
    apiUrl: API_URL,
    assistantId: ASSISTANT_ID,
    threadId,
    onThreadId,
    reconnectOnMount: reconnect,
  });
  useReport(stream.messages.length, stream.isLoading, stream.submit);
  return (
    <ul id="messages">
      {stream.messages.map((message) => (
        <Row key={message.id} message={message} />
      ))}
    </ul>
  );
}

function App({ Chat, chatProps, initialThreadId, reconnect }) {
  const [threadId, setThreadId] = useState(initialThreadId);
  const onThreadId = (id) => {
    setThreadId(id);
    // Kept in the address, so a reload mounts the same thread (and rejoins its run).
    const url = new URL(location.href);
    url.searchParams.set("thread", id);
    history.replaceState(null, "", url);
  };
  return <Chat {...chatProps} threadId={threadId} onThreadId={onThreadId} reconnect={reconnect} />;
}

const lastRowText = () => document.querySelector("#messages > li:last-child")?.textContent ?? "";

/**
 * Installs `window.bench` for the page's chat component (given `chatProps` besides the thread's);
 * mounts at once after a reload.
 */
export function startHarness(variant, Chat, chatProps = {}) {
  const root = createRoot(document.getElementById("root"));
  let settled = false;
  const bench = {
    variant,
    counters,
    /** Mounts the chat on `threadId`; resolves once `expected` messages are in the DOM. */
    async mount({ threadId = null, expected = 0, reconnect = false }) {
      // A report from this mount, not the initial placeholder.
      latest = { count: -1, isLoading: false, submit: undefined };
      const start = performance.now();
      root.render(
        <App Chat={Chat} chatProps={chatProps} initialThreadId={threadId} reconnect={reconnect} />,
      );
      const renderedAt = await waitFor((report) => report.count >= expected);
      const fetches = performance
        .getEntriesByType("resource")
        .filter((entry) => threadId && entry.name.includes(`/threads/${threadId}/state`))
        .map((entry) => ({
          startTime: entry.startTime - start,
          duration: entry.duration,
          responseEnd: entry.responseEnd - start,
          bytes: entry.encodedBodySize,
        }));
      return { mountMs: renderedAt - start, fetches, count: latest.count };
    },
    /**
     * Submits one message and resolves when the run has ended and its reply is rendered; with
     * `countFrames`, also counts the animation frames meanwhile (a rAF loop: script of its own,
     * so the script-time trials leave it off).
     */
    async submit(text, { countFrames = false } = {}) {
      counters.chat = 0;
      counters.rows = 0;
      counters.seedRows = 0;
      let frames = 0;
      let counting = countFrames;
      const frame = () => {
        if (!counting) return;
        frames++;
        requestAnimationFrame(frame);
      };
      if (countFrames) requestAnimationFrame(frame);
      const start = performance.now();
      const before = latest.count;
      const ended = waitFor((report) => report.isLoading).then(() =>
        waitFor((report) => !report.isLoading),
      );
      latest.submit({ messages: [{ type: "human", content: text }] });
      const endedAt = await ended;
      counting = false;
      return {
        ms: endedAt - start,
        frames: countFrames ? frames : undefined,
        renders: { ...counters },
        added: latest.count - before,
        lastText: lastRowText(),
      };
    },
    /** After a reload: the rejoined run has ended (it was seen loading, then not). */
    get settled() {
      return settled;
    },
    lastRowText,
    messageCount: () => latest.count,
  };
  window.bench = bench;

  const params = new URLSearchParams(location.search);
  const thread = params.get("thread");
  if (thread && params.get("reconnect") === "1") {
    void bench
      .mount({ threadId: thread, expected: 1, reconnect: true })
      .then(() => waitFor((report) => report.isLoading))
      .then(() => waitFor((report) => !report.isLoading))
      .then(() => {
        settled = true;
      });
  }
}
