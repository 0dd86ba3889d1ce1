import * as z from "zod/mini";
import { isNonEmpty } from "../check/predicates";
import { type RequestOptions, requestOptionsShape } from "../request-options";
import { defineWith, list, maybe } from "../schema-kit";
import { type ThreadStreamMode, ThreadStreamModeSchema } from "./stream-mode";

// The options of `threads.joinStream` (PLATFORM_SPEC §6.1, P25), in a file of their own so that
// the thread stream can be built and merged apart from the other threads methods.

/** Options of `threads.joinStream`. */
export interface ThreadsJoinStreamOptions extends RequestOptions {
  /**
   * What to stream: one mode or a non-empty list, each sent as its own `stream_mode` query key.
   * Left out: nothing is sent and the server streams `run_modes`.
   */
  streamMode?: ThreadStreamMode | readonly ThreadStreamMode[] | null | undefined;
  /**
   * Resume after this event id, sent as `Last-Event-ID`; `"-"` replays the thread's events from
   * the start. Left out (or empty): only events to come.
   */
  lastEventId?: string | null | undefined;
}

/** The strict schema of {@link ThreadsJoinStreamOptions}; an empty `streamMode` list is refused. */
export const ThreadsJoinStreamOptionsSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  streamMode: maybe(
    z.union([
      ThreadStreamModeSchema,
      list(ThreadStreamModeSchema).check(
        z.refine(isNonEmpty, {
          error: "expected at least one thread stream mode (leave streamMode out for the default)",
        }),
      ),
    ]),
  ),
  lastEventId: maybe(z.string()),
  ...requestOptionsShape,
}));
