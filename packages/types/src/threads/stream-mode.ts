import * as z from "zod/mini";

// The modes of a thread's event stream (PLATFORM_SPEC §6.1). Their own file: the rest of the
// threads literals live elsewhere, and the thread stream needs only these.

/**
 * What a thread's stream carries: `run_modes` (the server's default) the events of every run on
 * the thread, as each run streams them, with an event between runs; `lifecycle` only the start and
 * end of each run; `state_update` only the thread's state updates.
 */
export const THREAD_STREAM_MODES = ["run_modes", "lifecycle", "state_update"] as const;
/** Checks one thread stream mode (one of {@link THREAD_STREAM_MODES}). */
export const ThreadStreamModeSchema = /*#__PURE__*/ z.enum(THREAD_STREAM_MODES);
/** A mode of a thread's event stream. */
export type ThreadStreamMode = z.infer<typeof ThreadStreamModeSchema>;
