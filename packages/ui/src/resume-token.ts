import type { ResumeStorage, ResumeToken } from "./types";

// The resume token of a streaming run, kept per thread in a Web Storage. Written with each
// notification (at most once a frame), removed when the run ends or is stopped.

/**
 * The storage key of a thread's resume token.
 *
 * @example
 * sessionStorage.removeItem(resumeKey(threadId)); // forget the run to resume on this thread
 */
export const resumeKey = (threadId: string): string => `runwire:stream:${threadId}`;

/** The storage `reconnectOnMount` names, or null when it is off or there is none. */
export function resumeStorageOf(
  option: boolean | ResumeStorage | (() => ResumeStorage) | undefined,
): ResumeStorage | null {
  if (option === undefined || option === false) return null;
  if (typeof option === "function") return option();
  if (option === true) {
    try {
      return (globalThis as { sessionStorage?: ResumeStorage }).sessionStorage ?? null;
    } catch {
      // Storage blocked (a SecurityError, e.g. a cross-site iframe): no resume after a reload.
      return null;
    }
  }
  return option;
}

/** The token stored for a thread; a malformed or unreadable one reads as none. */
export function readResumeToken(storage: ResumeStorage, threadId: string): ResumeToken | null {
  try {
    // getItem throws where storage is blocked: read as no token, like a malformed one.
    const text = storage.getItem(resumeKey(threadId));
    if (text === null) return null;
    const token = JSON.parse(text) as Partial<ResumeToken> | null;
    if (typeof token?.runId !== "string" || token.runId === "") return null;
    return {
      runId: token.runId,
      lastEventId: typeof token.lastEventId === "string" ? token.lastEventId : undefined,
      partial: Array.isArray(token.partial) ? token.partial : [],
    };
  } catch {
    return null;
  }
}

export function writeResumeToken(
  storage: ResumeStorage,
  threadId: string,
  token: ResumeToken,
): void {
  try {
    storage.setItem(resumeKey(threadId), JSON.stringify(token));
  } catch {
    // A full or closed storage: the run still streams; only a reload would replay it.
  }
}

export function removeResumeToken(storage: ResumeStorage, threadId: string): void {
  try {
    storage.removeItem(resumeKey(threadId));
  } catch {
    // As above.
  }
}
