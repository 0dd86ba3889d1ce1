/** What `onRunCreated` receives: ids read from the `Content-Location` response header. */
export interface RunMetadata {
  readonly run_id: string;
  /** Null for a stateless run (`/runs/<id>`). */
  readonly thread_id: string | null;
}

/**
 * Unanchored and greedy on purpose, to match the reference exactly (docs/spec/runs.md §4.9): the leftmost
 * match wins, `thread_id` takes as much as it can, `run_id` runs to the end of the value.
 */
const CONTENT_LOCATION = /(\/threads\/(?<thread_id>.+))?\/runs\/(?<run_id>.+)/;

/**
 * Reads `{ run_id, thread_id }` from a `Content-Location` value, or null when it names no run.
 * No URL-decoding and no query stripping, as in the reference.
 *
 * @example
 * runMetadataFromContentLocation("/threads/t1/runs/r1"); // { run_id: "r1", thread_id: "t1" }
 * runMetadataFromContentLocation("/runs/r1"); // { run_id: "r1", thread_id: null }
 */
export function runMetadataFromContentLocation(value: string | null): RunMetadata | null {
  if (value === null || value === "") return null;
  const groups = CONTENT_LOCATION.exec(value)?.groups;
  const runId = groups?.run_id;
  if (runId === undefined) return null;
  return { run_id: runId, thread_id: groups?.thread_id ?? null };
}
