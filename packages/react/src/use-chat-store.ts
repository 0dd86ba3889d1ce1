import { type ChatClient, ChatStore, type DefaultValues } from "@runwire/ui";
import { useRef } from "react";
import { checkOptions, notifyOf } from "./options";
import { type LatestOptions, storeOptions, streamModesOf } from "./store-options";
import type { UseStreamOptions } from "./types";
import { useClient } from "./use-client";
import { useThreadLifecycle } from "./use-thread-lifecycle";

/**
 * The `ChatStore` for these options, WITHOUT subscribing to it: the component does not re-render
 * when the store changes. Loads the thread on mount, shows the `threadId` option when it changes,
 * and disconnects on unmount (the run goes on; mounting again joins it after its last event).
 * StrictMode-safe. A fast list is a parent with `useChatStore` + {@link useMessageIds} whose rows
 * each call {@link useMessage}.
 *
 * @typeParam State - the graph's state
 * @example
 * ```tsx
 * function Chat() {
 *   const store = useChatStore({ apiUrl, assistantId: "agent" });
 *   const ids = useMessageIds(store);
 *   return ids.map((id) => <Row key={id} store={store} id={id} />);
 * }
 * ```
 */
export function useChatStore<State = DefaultValues>(
  options: UseStreamOptions<State>,
): ChatStore<State> {
  return useBoundStore(options).store;
}

/** {@link useChatStore}, with the client the store calls (`useStream` returns it). */
export function useBoundStore<State>(options: UseStreamOptions<State>): {
  store: ChatStore<State>;
  client: ChatClient<State>;
} {
  checkOptions(options);
  const controlled = options.threadId !== undefined;
  const latest = useRef<LatestOptions<State>>({
    options,
    knownThreadId: options.threadId ?? null,
  });
  // Read by the store's callbacks when it calls them: always this render's.
  latest.current.options = options;
  if (controlled) latest.current.knownThreadId = options.threadId ?? null;

  const client = useClient(options);
  const store = useStoreFor(client, options, latest);
  useThreadLifecycle(store, controlled, options.threadId ?? null);
  return { store, client };
}

/** The store for what a store is built from; a new one (on the same thread) when that changes. */
function useStoreFor<State>(
  client: ChatClient<State>,
  options: UseStreamOptions<State>,
  latest: { readonly current: LatestOptions<State> },
): ChatStore<State> {
  const key = [
    client,
    options.assistantId,
    options.messagesKey ?? "messages",
    String(notifyOf(options.throttle)),
    streamModesOf(options).join(","),
  ];
  const held = useRef<{ key: unknown[]; store: ChatStore<State> } | undefined>(undefined);
  const previous = held.current;
  if (previous === undefined || key.some((part, i) => part !== previous.key[i])) {
    // The constructor has no side effects: a render React throws away leaves nothing behind.
    const threadId =
      options.threadId !== undefined
        ? options.threadId
        : (previous?.store.getSnapshot().threadId ?? null);
    held.current = { key, store: new ChatStore<State>(storeOptions(client, latest, threadId)) };
  }
  return (held.current as { store: ChatStore<State> }).store;
}
