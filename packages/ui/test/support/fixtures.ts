import type { CuttingProxy } from "@runwire/fault-server";
import type { TestContext } from "vitest";
import type { Message } from "../../src/index";
import { type NodeClient, nodeClient, recordingProxy, serverUrl } from "./servers";

/**
 * A test's own recording proxy in front of the real server and a runwire client through it
 * (what the store under test uses), plus a client straight to the server for setup and checks.
 * Closed when the test finishes: pass the test's own `onTestFinished` (from its context; the
 * global one cannot tell concurrent tests apart).
 */
export async function proxied(onTestFinished: TestContext["onTestFinished"]): Promise<{
  proxy: CuttingProxy;
  client: NodeClient;
  direct: NodeClient;
}> {
  const proxy = await recordingProxy();
  const client = nodeClient(proxy.url);
  const direct = nodeClient(serverUrl);
  onTestFinished(async () => {
    await client.close();
    await direct.close();
    await proxy.close();
  });
  return { proxy, client, direct };
}

/** A thread with one finished exchange on the `chat` graph: a human message and a short reply. */
export async function chatThread(direct: NodeClient, question = "Why are there tides?") {
  const { thread_id: threadId } = await direct.threads.create();
  await direct.runs.wait(threadId, "chat", {
    input: { messages: [{ type: "human", content: question }] },
  });
  return { threadId, messages: await messagesOf(direct, threadId) };
}

/** The messages of a thread's state, as the server has them now. */
export async function messagesOf(direct: NodeClient, threadId: string): Promise<Message[]> {
  const state = await direct.threads.getState(threadId);
  return ((state.values as Record<string, unknown>).messages ?? []) as Message[];
}
