import type { NotifySchedule } from "./types";

/** Schedules the store's flush: at most one pending at a time. */
export interface Notifier {
  /** A change happened: flush when the schedule says. */
  request(): void;
  /** Drop the pending flush (the store is flushing now). */
  cancel(): void;
}

interface FrameGlobals {
  requestAnimationFrame?: (callback: () => void) => number;
  cancelAnimationFrame?: (handle: number) => void;
}

// Where there is no animation frame (Node, a worker), a frame is this long.
const FRAME_MS = 16;

/** A notifier that calls `flush` on `schedule`. */
export function createNotifier(schedule: NotifySchedule, flush: () => void): Notifier {
  if (schedule === "sync") return { request: flush, cancel() {} };
  const start = starterFor(schedule);
  let cancelPending: (() => void) | undefined;
  const run = () => {
    cancelPending = undefined;
    flush();
  };
  return {
    request() {
      cancelPending ??= start(run);
    },
    cancel() {
      cancelPending?.();
      cancelPending = undefined;
    },
  };
}

function starterFor(schedule: Exclude<NotifySchedule, "sync">): (run: () => void) => () => void {
  if (typeof schedule === "function") return schedule;
  if (schedule === "microtask") {
    return (run) => {
      let live = true;
      queueMicrotask(() => {
        if (live) run();
      });
      return () => {
        live = false;
      };
    };
  }
  const frames = globalThis as FrameGlobals;
  if (schedule === "frame" && frames.requestAnimationFrame && frames.cancelAnimationFrame) {
    const request = frames.requestAnimationFrame.bind(globalThis);
    const cancel = frames.cancelAnimationFrame.bind(globalThis);
    return (run) => {
      const handle = request(run);
      return () => cancel(handle);
    };
  }
  const ms = schedule === "frame" ? FRAME_MS : schedule;
  return (run) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  };
}
