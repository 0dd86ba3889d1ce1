// The deterministic thread the fault server streams at `GET /threads/{id}/stream` (PLATFORM_SPEC
// §6.1): several runs, one after the other, each streaming the events of ./run.ts and followed by
// a `run_done` event, under one id sequence for the whole thread. Tests use the same functions to
// compute what a client must deliver and where to cut.

import { type FrameOptions, frameText, type RunBytes, type RunEvent, runEvent } from "./run";

/** The thread stream's modes, as the Platform documents them. */
export type ThreadMode = "run_modes" | "lifecycle" | "state_update";

/** How big a thread's stream is. */
export interface ThreadShape {
  /** Runs on the thread, streamed one after the other. */
  readonly runs: number;
  /** Events of each run (its `run_done` event not counted). */
  readonly eventsPerRun: number;
}

/** The id of run `run` (0 = the first) of thread `threadId`. */
export function threadRunId(threadId: string, run: number): string {
  return `${threadId}-run-${run + 1}`;
}

/** How many events a thread streams in `run_modes`: every run's, and a `run_done` after each. */
export function threadEventCount(shape: ThreadShape): number {
  return shape.runs * (shape.eventsPerRun + 1);
}

/**
 * Event `index` of the thread (its id): run `index / (eventsPerRun + 1)`'s events in order, then
 * `run_done` with the run's id.
 */
export function threadEvent(
  threadId: string,
  index: number,
  shape: ThreadShape,
): { event: string; data: unknown } {
  const per = shape.eventsPerRun + 1;
  const runId = threadRunId(threadId, Math.floor(index / per));
  const within = index % per;
  if (within === shape.eventsPerRun) return { event: "run_done", data: { run_id: runId } };
  return runEvent(runId, within);
}

/**
 * Whether an event belongs to the modes asked for: `lifecycle` is each run's start (`metadata`)
 * and end (`run_done`), `state_update` its `values`, `run_modes` everything. No mode: `run_modes`.
 */
export function inThreadModes(event: string, modes: readonly ThreadMode[]): boolean {
  if (modes.length === 0 || modes.includes("run_modes")) return true;
  if (modes.includes("lifecycle") && (event === "metadata" || event === "run_done")) return true;
  return modes.includes("state_update") && event === "values";
}

/** The thread's frames from id `from`, in the modes asked for, as written on the wire. */
export function* threadFrames(
  threadId: string,
  shape: ThreadShape,
  options: FrameOptions & { from?: number; modes?: readonly ThreadMode[] } = {},
): Generator<string> {
  const modes = options.modes ?? [];
  for (let index = options.from ?? 0; index < threadEventCount(shape); index += 1) {
    const { event, data } = threadEvent(threadId, index, shape);
    if (inThreadModes(event, modes)) yield frameText(event, JSON.stringify(data), index, options);
  }
}

/** The thread's events from id `from`, in the modes asked for, as a client must deliver them. */
export function threadEvents(
  threadId: string,
  shape: ThreadShape,
  options: { from?: number; modes?: readonly ThreadMode[] } = {},
): RunEvent[] {
  const events: RunEvent[] = [];
  const modes = options.modes ?? [];
  for (let index = options.from ?? 0; index < threadEventCount(shape); index += 1) {
    const { event, data } = threadEvent(threadId, index, shape);
    if (inThreadModes(event, modes)) events.push({ event, data, id: String(index) });
  }
  return events;
}

const encoder = new TextEncoder();

/** The bytes of a thread's whole stream (every mode), for tests that pick cut points inside it. */
export function threadBytes(
  threadId: string,
  shape: ThreadShape,
  options: FrameOptions = {},
): RunBytes {
  const frames = [...threadFrames(threadId, shape, options)].map((frame) => encoder.encode(frame));
  const offsets: number[] = [];
  let total = 0;
  for (const frame of frames) {
    offsets.push(total);
    total += frame.byteLength;
  }
  offsets.push(total);
  const bytes = new Uint8Array(total);
  frames.forEach((frame, index) => {
    bytes.set(frame, offsets[index] ?? 0);
  });
  return { bytes, offsets };
}
