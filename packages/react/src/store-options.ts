import type { ChatCallbacks, ChatClient, ChatStoreOptions } from "@runwire/ui";
import { notifyOf } from "./options";
import type { UseStreamOptions } from "./types";

/** What the hook keeps between renders for the store's callbacks. */
export interface LatestOptions<State> {
  /** The options of the last render. */
  options: UseStreamOptions<State>;
  /** The thread the component knows it shows (its `threadId`, or the last one announced). */
  knownThreadId: string | null;
}

type StreamMode = Exclude<NonNullable<ChatStoreOptions["streamMode"]>, string>[number];

/**
 * The options of a new store. Its callbacks are getters that read the latest render's options:
 * the store looks a callback up each time it calls it, so a component may pass new functions on
 * every render without rebuilding the store, and `onFinish`'s arity (which decides whether the
 * state is read after a run) is the current callback's.
 */
export function storeOptions<State>(
  client: ChatClient<State>,
  latest: { readonly current: LatestOptions<State> },
  threadId: string | null,
): ChatStoreOptions<State> {
  const options = latest.current.options;
  const callback = <K extends keyof ChatCallbacks<State>>(key: K) => ({
    get: () => latest.current.options[key],
    enumerable: true,
  });
  return Object.defineProperties(
    {
      client,
      assistantId: options.assistantId,
      threadId,
      messagesKey: options.messagesKey,
      initialValues: options.initialValues,
      notify: notifyOf(options.throttle),
      reconnectOnMount: options.reconnectOnMount,
      streamMode: streamModesOf(options),
    } as ChatStoreOptions<State>,
    {
      onCreated: callback("onCreated"),
      onFinish: callback("onFinish"),
      onError: callback("onError"),
      onCustomEvent: callback("onCustomEvent"),
      onUpdateEvent: callback("onUpdateEvent"),
      onPart: callback("onPart"),
      onThreadId: {
        // Told only of a thread the component does not know yet (one a submit created, or
        // switchThread showed), not of the thread it passed in itself.
        get: () => (threadId: string) => {
          if (threadId === latest.current.knownThreadId) return;
          latest.current.knownThreadId = threadId;
          latest.current.options.onThreadId?.(threadId);
        },
        enumerable: true,
      },
    },
  );
}

/**
 * The stream modes asked for besides `values` and `messages-tuple`: the option's, and the modes
 * the given callbacks listen to (as the official hook adds them).
 */
export function streamModesOf<State>(options: UseStreamOptions<State>): StreamMode[] {
  const modes = new Set<StreamMode>();
  const { streamMode } = options;
  if (typeof streamMode === "string") modes.add(streamMode);
  else for (const mode of streamMode ?? []) modes.add(mode);
  if (options.onUpdateEvent !== undefined) modes.add("updates");
  if (options.onCustomEvent !== undefined) modes.add("custom");
  return [...modes];
}
