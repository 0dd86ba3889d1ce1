import type { ChatStore } from "@runwire/ui";
import { useEffect, useRef } from "react";

/**
 * Binds a store's thread to a component's life: on mount the thread is loaded (or a run a
 * previous mount left is joined again), a change of a controlled `threadId` shows that thread,
 * and unmount disconnects (the run goes on on the server).
 *
 * StrictMode runs mount → unmount → mount: the second mount switches to the thread the first
 * one is loading, which the store answers without a second request (or by rejoining the run
 * the unmount disconnected, after its last event).
 */
export function useThreadLifecycle<State>(
  store: ChatStore<State>,
  controlled: boolean,
  threadId: string | null,
): void {
  // The thread the component asks for (undefined: uncontrolled), read by the mount effect.
  const wanted = useRef<string | null | undefined>(undefined);
  wanted.current = controlled ? threadId : undefined;

  // Mount and unmount only: a thread change is the effect below, which must not disconnect.
  useEffect(() => {
    const thread = wanted.current;
    void store.switchThread(thread === undefined ? store.getSnapshot().threadId : thread);
    return () => store.disconnect();
  }, [store]);

  useEffect(() => {
    if (controlled) void store.switchThread(threadId);
  }, [store, controlled, threadId]);
}
