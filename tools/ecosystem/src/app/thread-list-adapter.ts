// The thread list the page runs on: LangGraph threads themselves, as assistant-ui's "Threads"
// page (docs/runtimes/langgraph/threads, "Custom thread list") shows it: `list()` from
// `client.threads.search()`, `initialize()` from `client.threads.create()`, and the remote id
// equal to the LangGraph thread id, so that the runtime's `threadId` option and
// `onThreadIdChange` speak LangGraph thread ids. The members that page leaves to the reader
// ("rename, archive, unarchive, fetch, generateTitle") keep the title in the thread's metadata.
import type { RemoteThreadListAdapter } from "@assistant-ui/react";
import type { Client } from "@runwire/browser";

type ThreadMetadata = Awaited<ReturnType<RemoteThreadListAdapter["fetch"]>>;

/** A `RemoteThreadListAdapter` over a runwire client's `threads`. */
export function langGraphThreadList(client: Client): RemoteThreadListAdapter {
  const describe = (thread: { thread_id: string; metadata?: unknown }): ThreadMetadata => ({
    status: "regular",
    remoteId: thread.thread_id,
    externalId: thread.thread_id,
    title: (thread.metadata as { title?: string } | undefined)?.title,
  });
  return {
    async list() {
      const threads = await client.threads.search({ limit: 50 });
      return { threads: threads.map(describe) };
    },
    async initialize() {
      const t = await client.threads.create();
      return { remoteId: t.thread_id, externalId: t.thread_id };
    },
    async fetch(remoteId) {
      return describe(await client.threads.get(remoteId));
    },
    async rename(remoteId, newTitle) {
      await client.threads.update(remoteId, { metadata: { title: newTitle } });
    },
    async archive(remoteId) {
      await client.threads.update(remoteId, { metadata: { archived: true } });
    },
    async unarchive(remoteId) {
      await client.threads.update(remoteId, { metadata: { archived: false } });
    },
    async delete(remoteId) {
      await client.threads.delete(remoteId);
    },
    // No titles are generated: a stream that ends at once leaves the thread untitled.
    async generateTitle() {
      return new ReadableStream({ start: (controller) => controller.close() });
    },
  };
}
