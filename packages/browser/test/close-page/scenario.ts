// Bundled for Chromium by chromium.test.ts (esbuild, from source): client.close() through
// `await using` with a reader paused mid-stream, then a call on the closed client. esbuild lowers
// `await using` to its helper, which looks the key up as the client declares it.
import { ClientClosedError, createClient } from "../../src/index.ts";

export interface CloseScenarioResult {
  threadId: string;
  runId: string;
  readAfterClose: string;
  callAfterClose: string;
  nativeAsyncDispose: boolean;
}

async function closeScenario(apiUrl: string): Promise<CloseScenarioResult> {
  const created = await fetch(`${apiUrl}/threads`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  const { thread_id: threadId } = (await created.json()) as { thread_id: string };
  let escaped: ReturnType<typeof createClient> | undefined;
  let paused: AsyncIterator<{ event: string; data: unknown }> | undefined;
  let runId = "";
  {
    await using client = createClient({ apiUrl, apiKey: null });
    escaped = client;
    paused = client.runs
      .stream(threadId, "slow", {
        input: { delay: 1_000 },
        streamMode: "updates",
        onDisconnect: "cancel",
      })
      [Symbol.asyncIterator]();
    const metadata = await paused.next();
    runId = (metadata.value?.data as { run_id?: string } | undefined)?.run_id ?? "";
    await paused.next();
    // The reader pauses here, four nodes to go; the scope ends and closes the client.
  }
  return {
    threadId,
    runId,
    readAfterClose: await errorName(() => paused.next()),
    callAfterClose: await errorName(() => escaped.runs.list(threadId)),
    nativeAsyncDispose: typeof (Symbol as { asyncDispose?: symbol }).asyncDispose === "symbol",
  };
}

async function errorName(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "no error";
  } catch (error) {
    return ClientClosedError.isInstance(error) ? error.name : String(error);
  }
}

(globalThis as { closeScenario?: typeof closeScenario }).closeScenario = closeScenario;
