// Reading and comparing streams.

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Reads a stream to its end. */
export async function collect<Part>(stream: AsyncIterable<Part>): Promise<Part[]> {
  const parts: Part[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

/** The rejection of `promise` (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection, but the call resolved");
}

/**
 * `value` with every UUID (run, thread, message and task ids the server makes up per run)
 * replaced by `<uuid>`, so two runs of the same graph compare equal.
 */
export function withoutIds<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replace(UUID, "<uuid>")) as T;
}

/** `{ run_id }` of a stream's `metadata` part. */
export function runIdOf(parts: readonly { event: string; data: unknown }[]): string {
  const metadata = parts.find((part) => part.event === "metadata");
  const runId = (metadata?.data as { run_id?: unknown } | undefined)?.run_id;
  if (typeof runId !== "string") throw new Error("the stream had no metadata part with a run_id");
  return runId;
}
