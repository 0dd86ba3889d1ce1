import { APIConnectionError } from "../errors/connection-error";
import type { RequestSpec } from "../request/http-client";
import type { ResumeState, ResumeStrategy, ResumeTarget } from "./sse-engine";

/**
 * Resumes a stream at its own URL: after a dropped connection the same path, query and `params`
 * are asked again with `Last-Event-ID` set to the last id received (or the caller's, before
 * any), under the engine's `streamResume` budget; a clean end of body ends the stream, with no
 * status to ask. For a stream that is resumable by design, such as a thread's
 * (`GET /threads/{id}/stream`, PLATFORM_SPEC §6.1, P25).
 */
export class UrlResumeStrategy implements ResumeStrategy {
  readonly #target: ResumeTarget;

  /** `initial`: the stream's first request, whose URL every resume asks again. */
  constructor(initial: RequestSpec) {
    this.#target = { path: initial.path, query: initial.query, params: initial.params };
  }

  firstResponse(): void {}

  // A clean end ends this stream whatever came last, so no event needs to be known as the last.
  isTerminal(): boolean {
    return false;
  }

  // Nothing to learn from events: the cursor (the engine's) is all a resume needs.
  learnsFrom(): boolean {
    return false;
  }

  onEvent(): void {}

  async resumeAfterError(): Promise<void> {}

  // Nothing to ask: a body that ended, cut or not, ends the stream with what it carried.
  async dropCutBlock(): Promise<boolean> {
    return false;
  }

  async atCleanEnd(): Promise<"end"> {
    return "end";
  }

  // Never called: a clean end never resumes this stream.
  endedTooOften(maxAttempts: number): Error {
    return new APIConnectionError({
      message: `The stream kept ending (${maxAttempts} resumes).`,
    });
  }

  resumeCursor(state: ResumeState): string | undefined {
    return state.cursor.lastEventId;
  }

  resumeTarget(): ResumeTarget {
    return this.#target;
  }
}
