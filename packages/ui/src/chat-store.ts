import { RunError, RunwireValidationError } from "@runwire/core";
import type { Message, StreamMode, ThreadState } from "@runwire/types";
import {
  beginRun,
  type ChatState,
  chatStateFromThread,
  findMessage,
  initialChatState,
  reduceChat,
  restoreStreaming,
  withValues,
} from "./chat-state";
import { createNotifier, type Notifier } from "./notify";
import {
  readResumeToken,
  removeResumeToken,
  resumeStorageOf,
  writeResumeToken,
} from "./resume-token";
import {
  buildSnapshot,
  changedMessageIds,
  emptySnapshotCache,
  messageByPosition,
  type SnapshotCache,
} from "./snapshot";
import { refusedSubmitOption } from "./submit-options";
import { toolCallsWithResults } from "./tool-calls";
import type {
  ChatClient,
  ChatJoinOptions,
  ChatRunStream,
  ChatSnapshot,
  ChatStoreOptions,
  ChatStreamPart,
  ChatSubmitOptions,
  DefaultValues,
  MutateValues,
  ResumeStorage,
  ToolCallWithResult,
} from "./types";

// Tool calls per messages array: a snapshot's array is replaced only when a message changed.
const toolCallsByMessages = new WeakMap<readonly Message[], ToolCallWithResult[]>();

/** The modes every run is streamed with: the state, and each message token by token. */
const BASE_MODES: readonly StreamMode[] = ["values", "messages-tuple"];

/** A thread id for a stream that is only made (to check its options), never read or sent. */
const UNSENT_THREAD = "00000000-0000-4000-8000-000000000000";

/** One stream the store reads; replaced (never reused) by the next submit, join or switch. */
interface ActiveRun {
  readonly abort: AbortController;
  threadId: string | undefined;
  runId: string | undefined;
  lastEventId: string | undefined;
  /** The run's `error` part, raised when its stream ends. */
  failure: RunError | undefined;
  /** `stop()` came before the run's id: cancel as soon as it is known. */
  stopRequested: boolean;
  /** Called once a run stopped before it was named is cancelled (or turned out to be none). */
  stopped: (() => void) | undefined;
  /** `onCreated` was called for this run (a joined run was created before: never). */
  announced: boolean;
}

/** A run left streaming on the server by `disconnect()`, to be joined again where it stopped. */
interface DetachedRun {
  readonly threadId: string;
  readonly runId: string;
  readonly lastEventId: string | undefined;
}

/**
 * A chat on one LangGraph thread at a time: submit input, stream the run into messages and values,
 * stop, disconnect, join, and switch threads. Framework-agnostic: bind it with
 * `useSyncExternalStore` (`@runwire/react`) or any signal library.
 *
 * Listeners are notified at most once per animation frame (`notify`), and at once when a run ends,
 * fails, pauses or is stopped. `subscribeMessage` notifies only when that message changed, so a
 * list re-renders only the row that is streaming.
 *
 * @typeParam State - the graph's state
 * @example
 * const store = new ChatStore({ client: createClient({ apiUrl }), assistantId: "agent" });
 * store.subscribe(() => render(store.getSnapshot()));
 * await store.submit({ messages: [{ type: "human", content: "Hi!" }] });
 */
export class ChatStore<State = DefaultValues> {
  readonly #client: ChatClient<State>;
  readonly #options: ChatStoreOptions<State>;
  readonly #messagesKey: string;
  readonly #initialValues: State;
  readonly #modes: readonly StreamMode[];
  readonly #storage: ResumeStorage | null;
  readonly #notifier: Notifier;
  readonly #listeners = new Set<() => void>();
  readonly #messageListeners = new Map<string, Set<() => void>>();

  #state: ChatState<State>;
  #threadId: string | null;
  /** The thread whose state is loaded or loading (undefined: none asked for yet). */
  #loadedThread: string | null | undefined;
  #isLoading = false;
  #isThreadLoading: boolean;
  #error: unknown;
  #runId: string | undefined;
  #active: ActiveRun | undefined;
  #detached: DetachedRun | undefined;
  /** Submits waiting for the run being read to end. */
  readonly #idleWaiters: (() => void)[] = [];
  /** A stream part is being applied: changes are announced once it is. */
  #applying = false;
  /** Bumped by each thread switch: a late answer about an earlier thread is dropped. */
  #generation = 0;
  /**
   * `disconnect()` came last (a component unmounted): a thread load still under way must not
   * join its stored run afterwards. Cleared by the next `switchThread`, `submit` or `joinStream`.
   */
  #disconnected = false;
  /**
   * Runs started (submit, join) and root `values` parts applied: a thread state that was loading
   * while either changed is older than what the store shows.
   */
  #runsStarted = 0;
  #valuesApplied = 0;
  /** A run stopped before it was named, until it is cancelled: a submit waits for it. */
  #stopping: Promise<void> | undefined;

  #flushed: ChatState<State>;
  #snapshot: ChatSnapshot<State>;
  readonly #cache: SnapshotCache<State> = emptySnapshotCache();

  constructor(options: ChatStoreOptions<State>) {
    this.#options = options;
    // An untyped client answers with this store's state as well: the type is only a claim.
    this.#client = options.client as ChatClient<State>;
    this.#messagesKey = options.messagesKey ?? "messages";
    this.#initialValues = (options.initialValues ?? {}) as State;
    this.#modes = uniqueModes(BASE_MODES, options.streamMode);
    this.#storage = resumeStorageOf(options.reconnectOnMount);
    this.#notifier = createNotifier(options.notify ?? "frame", () => this.#flush());
    this.#threadId = options.threadId ?? null;
    this.#isThreadLoading = this.#threadId !== null;
    this.#state = initialChatState(this.#initialValues, this.#messagesKey);
    this.#flushed = this.#state;
    this.#snapshot = this.#buildSnapshot();
  }

  /**
   * What the store shows now: the same object until the next notification.
   *
   * @example
   * const { messages, isLoading } = store.getSnapshot();
   */
  getSnapshot = (): ChatSnapshot<State> => this.#snapshot;

  /**
   * Calls `listener` after each notification; returns the function that unsubscribes it.
   *
   * @example
   * const unsubscribe = store.subscribe(() => console.log(store.getSnapshot().messages.length));
   */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /**
   * The message with this id (or `messageIds` key: `#<index>` for one without an id) as of the
   * last notification, or undefined.
   *
   * @example
   * const message = store.getMessage(id);
   */
  getMessage = (id: string): Message | undefined => {
    const state = this.#flushed;
    // A message without an id is listed by its position (`#<index>` in `messageIds`).
    return findMessage(state, id) ?? messageByPosition(state, id);
  };

  /**
   * Calls `listener` only when the message with this id changed (or came or went); returns the
   * function that unsubscribes it.
   *
   * @example
   * const unsubscribe = store.subscribeMessage(id, () => renderRow(store.getMessage(id)));
   */
  subscribeMessage = (id: string, listener: () => void): (() => void) => {
    let listeners = this.#messageListeners.get(id);
    if (listeners === undefined) {
      listeners = new Set();
      this.#messageListeners.set(id, listeners);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.#messageListeners.delete(id);
    };
  };

  /**
   * Every tool call of the messages (the snapshot's, or the `messages` of a snapshot you hold)
   * with its result; computed when read, once per messages array.
   *
   * @example
   * for (const { call, result, state } of store.getToolCalls()) console.log(call.name, state);
   */
  getToolCalls = (messages: readonly Message[] = this.#snapshot.messages): ToolCallWithResult[] => {
    let calls = toolCallsByMessages.get(messages);
    if (calls === undefined) {
      calls = toolCallsWithResults(messages);
      toolCallsByMessages.set(messages, calls);
    }
    return calls;
  };

  /**
   * Submits input (or a `command`, e.g. `{ resume }` to answer an interrupt) as a new run on the
   * thread, creating the thread first when there is none, and streams the run into the store.
   * Resolves when the run's stream ends; a failure is kept in `error` and given to `onError`, not
   * thrown. A stream already reading is left to run on the server and no longer read.
   *
   * @example
   * await store.submit({ messages: [{ type: "human", content: "Why are there tides?" }] });
   * await store.submit(null, { command: { resume: "yes" } });
   */
  submit = async (
    input: Partial<State> | null | undefined,
    options: ChatSubmitOptions<State> = {},
  ): Promise<void> => {
    const refused = refusedSubmitOption(options);
    if (refused !== undefined) {
      this.#error = refused;
      this.#flush();
      this.#report(refused, options.onError, undefined);
      return;
    }
    // The server refuses a second run on a busy thread (its default, "reject"), which would
    // leave the first reply frozen half-way: wait for the run being read to end, as the official
    // hook does. With "interrupt", "rollback" or "enqueue" the server decides: send at once.
    const strategy = options.multitaskStrategy;
    if (strategy === undefined || strategy === "reject") {
      const thread = this.#threadId;
      while (this.#active !== undefined) {
        await this.#whenIdle();
        if (this.#threadId !== thread) {
          const error = new Error(
            "submit: not sent, the store switched threads while it waited for the run before it",
          );
          this.#report(error, options.onError, undefined);
          return;
        }
      }
    }
    const run = this.#startRun();
    const generation = this.#generation;
    this.#state = beginRun(this.#state);
    try {
      // In the try: a function that throws is this submit's error, not a store left loading.
      if (options.optimisticValues !== undefined) {
        const values = this.#state.values;
        const patch =
          typeof options.optimisticValues === "function"
            ? options.optimisticValues(values)
            : options.optimisticValues;
        this.#state = withValues(this.#state, { ...values, ...patch }, this.#messagesKey);
      }
      this.#flush();
      const payload = {
        input: input ?? undefined,
        command: options.command as never,
        config: options.config as never,
        context: options.context as never,
        metadata: options.metadata as never,
        checkpoint: options.checkpoint as never,
        interruptBefore: options.interruptBefore,
        interruptAfter: options.interruptAfter,
        multitaskStrategy: options.multitaskStrategy,
        streamMode: uniqueModes(this.#modes, options.streamMode),
        streamSubgraphs: options.streamSubgraphs,
        // Resumable and left running on a disconnect: a cut connection is resumed after its last
        // event, a reload picks the run up again, and only `stop()` cancels it.
        streamResumable: true,
        onDisconnect: "continue",
        version: "v2",
        signal: run.abort.signal,
        onRunCreated: (created: { run_id: string }) => this.#runCreated(run, created.run_id),
      } as const;
      const stopping = this.#stopping;
      if (stopping !== undefined) {
        // The run stop() cut off before it was named is still on the thread until cancelled.
        await stopping;
        if (run !== this.#active) return;
      }
      let threadId = this.#threadId;
      if (threadId === null) {
        // The runs client checks every option when the stream is made and sends nothing until it
        // is read: a stream made and dropped here refuses bad options before the thread exists.
        this.#client.runs.stream(
          options.threadId ?? UNSENT_THREAD,
          this.#options.assistantId,
          payload,
        );
        const thread = await this.#client.threads.create({
          threadId: options.threadId,
          metadata: options.threadMetadata as never,
          signal: run.abort.signal,
        });
        // Stopped while the thread was being created: the thread is shown (empty), no run starts
        // (a submit waiting for this stop then runs on it).
        const stoppedHere = run.stopRequested && generation === this.#generation;
        if (run !== this.#active && !(stoppedHere && this.#threadId === null)) return;
        threadId = thread.thread_id;
        this.#threadId = threadId;
        this.#loadedThread = threadId;
        this.#changed();
        this.#options.onThreadId?.(threadId);
        if (stoppedHere) return;
      }
      run.threadId = threadId;
      const stream = this.#client.runs.stream(
        threadId,
        this.#options.assistantId,
        payload,
      ) as unknown as ChatRunStream<State>;
      await this.#read(stream, run, options.onError);
    } catch (error) {
      if (run === this.#active) this.#finish(run, error, options.onError);
    } finally {
      // Stopped and never named (stopped while the thread was made, or the request failed):
      // there is nothing to cancel, the stop is done.
      if (run.runId === undefined) run.stopped?.();
    }
  };

  /**
   * Stops the run: cancels it on the server (`action: "interrupt"`) and stops reading it. The
   * message streaming so far stays as it is (it is not in the thread's state, so the next run's
   * state replaces it); no interrupt is reported. A run the server has not named yet is
   * cancelled as soon as it is, and the next `submit` waits for that (the thread is busy until).
   *
   * @example
   * await store.stop();
   */
  stop = async (): Promise<void> => {
    const run = this.#active;
    if (run === undefined) return;
    this.#clearActive();
    this.#isLoading = false;
    this.#forgetResumeToken(run);
    this.#flush();
    if (run.runId === undefined) {
      // The run is not known yet: cancel it as soon as the server names it (an aborted request
      // would leave it running, as the stream asks the server to continue on a disconnect).
      // The next submit waits for that, or the server would refuse it: the thread is busy.
      run.stopRequested = true;
      const stopping = new Promise<void>((resolve) => {
        run.stopped = () => {
          if (this.#stopping === stopping) this.#stopping = undefined;
          resolve();
        };
      });
      this.#stopping = stopping;
      return;
    }
    run.abort.abort();
    await this.#cancel(run);
  };

  /**
   * Stops reading the run and leaves it running on the server; `joinStream` (or `switchThread`
   * to the same thread) picks it up after the last event read. A thread load under way opens no
   * stream when it ends (what an unmounted component needs); `switchThread` to it joins its run.
   *
   * @example
   * store.disconnect();
   */
  disconnect = (): void => {
    this.#disconnected = true;
    const run = this.#active;
    if (run === undefined) return;
    this.#clearActive();
    run.abort.abort();
    if (run.threadId !== undefined && run.runId !== undefined) {
      this.#detached = { threadId: run.threadId, runId: run.runId, lastEventId: run.lastEventId };
    }
    this.#isLoading = false;
    this.#flush();
  };

  /**
   * Streams a run of the current thread into the store: after `lastEventId` (what this store last
   * read of that run, when it read it), else from its start (`"-1"`), replacing what was streamed.
   * Rejects with a `RunwireValidationError` (field `threadId`), sending nothing, when the store
   * shows no thread.
   *
   * @example
   * await store.joinStream(runId);
   */
  joinStream = async (
    runId: string,
    lastEventId?: string,
    options: ChatJoinOptions = {},
  ): Promise<void> => {
    const threadId = this.#threadId;
    if (threadId === null) {
      throw new RunwireValidationError(
        "joinStream: the store shows no thread; switchThread to the run's thread first",
        { field: "threadId", received: null },
      );
    }
    const detached = this.#detached;
    const cursor =
      lastEventId ??
      (detached?.runId === runId && detached.threadId === threadId
        ? detached.lastEventId
        : undefined);
    const run = this.#startRun();
    run.threadId = threadId;
    run.runId = runId;
    run.announced = true;
    this.#runId = runId;
    // From the start (no cursor, or the official hook's "-1"), the run's messages come again:
    // what was streamed of them goes first, or each replayed token would be appended twice.
    if (cursor === undefined || cursor === "-1") this.#state = { ...this.#state, streaming: [] };
    // Before the flush, which saves the resume token: a reload before the first event must
    // still resume after this cursor, not replay the run from the start.
    run.lastEventId = cursor;
    this.#flush();
    try {
      const stream = this.#client.runs.joinStream(threadId, runId, {
        lastEventId: cursor ?? "-1",
        streamMode: uniqueModes(this.#modes, options.streamMode),
        version: "v2",
        signal: run.abort.signal,
      }) as unknown as ChatRunStream<State>;
      await this.#read(stream, run, undefined);
    } catch (error) {
      if (run === this.#active) this.#finish(run, error, undefined);
    }
  };

  /**
   * Shows another thread (or none: the next `submit` creates one). A run streaming on the
   * previous thread is left running and nothing more of it reaches the store. The thread's state
   * is read once (`threads.getState`); with `reconnectOnMount`, a run it was streaming is joined
   * after its last event. Switching to the thread already shown loads it if it was not, and joins
   * again a run `disconnect()` left.
   *
   * @example
   * await store.switchThread(threadId);
   */
  switchThread = async (threadId: string | null): Promise<void> => {
    this.#disconnected = false;
    if (threadId === this.#loadedThread) {
      const detached = this.#detached;
      if (this.#active === undefined && detached !== undefined && detached.threadId === threadId) {
        await this.joinStream(detached.runId, detached.lastEventId);
      }
      return;
    }
    const generation = ++this.#generation;
    this.#detachActive();
    this.#detached = undefined;
    this.#threadId = threadId;
    this.#loadedThread = threadId;
    this.#state = initialChatState(this.#initialValues, this.#messagesKey);
    this.#error = undefined;
    this.#runId = undefined;
    // A run stored for a reload is joined once the state is in: loading already (a submit in
    // between would be refused by the busy thread).
    const stored =
      threadId === null || this.#storage === null ? null : readResumeToken(this.#storage, threadId);
    this.#isLoading = stored !== null;
    this.#isThreadLoading = threadId !== null;
    this.#flush();
    if (threadId === null) return;
    this.#options.onThreadId?.(threadId);
    const runsAtLoad = this.#runsStarted;
    const valuesAtLoad = this.#valuesApplied;
    let thread: ThreadState<State>;
    try {
      thread = await this.#client.threads.getState(threadId);
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#isThreadLoading = false;
      this.#isLoading = this.#active !== undefined;
      this.#error = error;
      this.#flush();
      this.#options.onError?.(error, undefined);
      return;
    }
    if (generation !== this.#generation) return;
    this.#isThreadLoading = false;
    if (this.#runsStarted !== runsAtLoad) {
      // A submit (or join) began while the state was loading (it may have ended since): its
      // parts are newer than this state. The loaded values fill in only until a run sends its
      // own; streamed messages and cleared interrupts stay, and no stored run is joined.
      if (this.#valuesApplied === valuesAtLoad) {
        this.#state = withValues(this.#state, thread.values, this.#messagesKey);
      }
      this.#flush();
      return;
    }
    this.#state = chatStateFromThread(thread, this.#messagesKey);
    const token = this.#storage === null ? null : readResumeToken(this.#storage, threadId);
    if (token === null) {
      this.#isLoading = false;
      this.#flush();
      return;
    }
    this.#state = restoreStreaming(this.#state, token.partial);
    this.#detached = { threadId, runId: token.runId, lastEventId: token.lastEventId };
    if (this.#disconnected) {
      // Disconnected while loading: the run is joined when the thread is switched to again.
      this.#isLoading = false;
      this.#flush();
      return;
    }
    await this.joinStream(token.runId, token.lastEventId);
  };

  // ---- reading a run -------------------------------------------------------------------------

  /** Makes a new run the active one: the previous stream is no longer read (it keeps running). */
  #startRun(): ActiveRun {
    this.#disconnected = false;
    this.#detachActive();
    this.#detached = undefined;
    this.#runsStarted++;
    const run: ActiveRun = {
      abort: new AbortController(),
      threadId: undefined,
      runId: undefined,
      lastEventId: undefined,
      failure: undefined,
      stopRequested: false,
      stopped: undefined,
      announced: false,
    };
    this.#active = run;
    this.#isLoading = true;
    this.#error = undefined;
    return run;
  }

  #detachActive(): void {
    const run = this.#active;
    if (run === undefined) return;
    this.#clearActive();
    run.abort.abort();
  }

  /** No run is read any more: submits waiting for one to end go on. */
  #clearActive(): void {
    this.#active = undefined;
    const waiting = this.#idleWaiters.splice(0);
    for (const resume of waiting) resume();
  }

  /** Resolves when the run being read ends (is finished, stopped, disconnected or replaced). */
  #whenIdle(): Promise<void> {
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  #runCreated(run: ActiveRun, runId: string): void {
    run.runId = runId;
    if (run.stopRequested) {
      run.abort.abort();
      void this.#cancel(run).then(run.stopped);
      return;
    }
    if (run !== this.#active) return;
    this.#runId = runId;
    this.#announce(run, runId);
    this.#changed();
  }

  /** Calls `onCreated` once per run this store created, when its id is first known. */
  #announce(run: ActiveRun, runId: string): void {
    if (run.announced || run.threadId === undefined) return;
    run.announced = true;
    this.#options.onCreated?.({ run_id: runId, thread_id: run.threadId });
  }

  async #read(
    stream: ChatRunStream<State>,
    run: ActiveRun,
    onError: ChatSubmitOptions<State>["onError"],
  ): Promise<void> {
    for await (const part of stream) {
      if (run !== this.#active) {
        // Stopped before the run was named, by a response without Content-Location: its first
        // event names it, and it must still be cancelled (it was asked to outlive a disconnect).
        if (run.stopRequested && run.runId === undefined && part.type === "metadata") {
          this.#runCreated(run, part.data.run_id);
        }
        return;
      }
      // Before applying: a flush the part causes saves the token with this part's id.
      run.lastEventId = stream.lastEventId ?? run.lastEventId;
      this.#apply(part, run);
    }
    if (run === this.#active) this.#finish(run, run.failure, onError);
  }

  #apply(part: ChatStreamPart<State>, run: ActiveRun): void {
    // A callback's `mutate` must not flush (with `notify: "sync"`) before the part itself is
    // applied: the resume token saved by that flush would name this part without its content.
    this.#applying = true;
    try {
      this.#applyPart(part, run);
    } finally {
      this.#applying = false;
    }
    if ("interrupted" in part && part.interrupted === true) this.#flush();
    else this.#changed();
  }

  #applyPart(part: ChatStreamPart<State>, run: ActiveRun): void {
    this.#options.onPart?.(part);
    const namespace = part.ns.length > 0 ? part.ns : undefined;
    switch (part.type) {
      case "metadata": {
        const runId = part.data.run_id;
        run.runId = runId;
        this.#runId = runId;
        // The response named the run already (onRunCreated) on servers that send its location.
        this.#announce(run, runId);
        break;
      }
      case "values":
        if (part.ns.length === 0) this.#valuesApplied++;
        break;
      case "error":
        run.failure = new RunError({
          error: String(part.data.error ?? ""),
          message: String(part.data.message ?? ""),
        });
        break;
      case "custom":
        this.#options.onCustomEvent?.(part.data, { namespace, mutate: this.#mutate });
        break;
      case "updates":
        if (part.interrupted !== true) {
          this.#options.onUpdateEvent?.(part.data as Record<string, unknown>, {
            namespace,
            mutate: this.#mutate,
          });
        }
        break;
    }
    this.#state = reduceChat(this.#state, part, this.#messagesKey);
  }

  #finish(run: ActiveRun, error: unknown, onError: ChatSubmitOptions<State>["onError"]): void {
    this.#clearActive();
    this.#isLoading = false;
    if (error !== undefined) this.#error = error;
    this.#forgetResumeToken(run);
    this.#flush();
    const about =
      run.runId !== undefined && run.threadId !== undefined
        ? { run_id: run.runId, thread_id: run.threadId }
        : undefined;
    if (error !== undefined) {
      this.#report(error, onError, about);
      return;
    }
    const onFinish = this.#options.onFinish;
    if (onFinish === undefined || about === undefined) return;
    // Like the official hook: the state is read only for a callback that takes it.
    if (onFinish.length === 0) {
      (onFinish as () => void)();
      return;
    }
    const generation = this.#generation;
    this.#client.threads.getState(about.thread_id).then(
      (state) => {
        if (generation === this.#generation) onFinish(state, about);
      },
      (readError: unknown) => this.#options.onError?.(readError, about),
    );
  }

  /** Gives a failure to the submit's own `onError`, else to the store's. */
  #report(
    error: unknown,
    onError: ChatSubmitOptions<State>["onError"],
    run: { run_id: string; thread_id: string } | undefined,
  ): void {
    (onError ?? this.#options.onError)?.(error, run);
  }

  /** The run is over (ended or stopped): a reload has nothing to pick up. */
  #forgetResumeToken(run: ActiveRun): void {
    if (this.#storage !== null && run.threadId !== undefined) {
      removeResumeToken(this.#storage, run.threadId);
    }
  }

  async #cancel(run: ActiveRun): Promise<void> {
    if (run.threadId === undefined || run.runId === undefined) return;
    try {
      await this.#client.runs.cancel(run.threadId, run.runId, false, "interrupt");
    } catch (error) {
      this.#options.onError?.(error, { run_id: run.runId, thread_id: run.threadId });
    }
  }

  readonly #mutate: MutateValues<State> = (update) => {
    const values = this.#state.values;
    const patch = typeof update === "function" ? update(values) : update;
    this.#state = withValues(this.#state, { ...values, ...patch }, this.#messagesKey);
    this.#changed();
  };

  // ---- notifications -------------------------------------------------------------------------

  #changed(): void {
    if (this.#applying) return; // #apply asks once the part is in
    this.#notifier.request();
  }

  #flush(): void {
    this.#notifier.cancel();
    const previous = this.#flushed;
    this.#flushed = this.#state;
    this.#snapshot = this.#buildSnapshot();
    this.#saveResumeToken();
    for (const listener of [...this.#listeners]) listener();
    if (this.#messageListeners.size === 0 || previous === this.#flushed) return;
    for (const id of changedMessageIds(previous, this.#flushed)) {
      const listeners = this.#messageListeners.get(id);
      if (listeners !== undefined) for (const listener of [...listeners]) listener();
    }
  }

  #saveResumeToken(): void {
    const run = this.#active;
    if (this.#storage === null || run === undefined) return;
    if (run.threadId === undefined || run.runId === undefined) return;
    writeResumeToken(this.#storage, run.threadId, {
      runId: run.runId,
      lastEventId: run.lastEventId,
      partial: [...this.#flushed.streaming],
    });
  }

  #buildSnapshot(): ChatSnapshot<State> {
    return buildSnapshot(
      this.#cache,
      this.#flushed,
      {
        threadId: this.#threadId,
        isLoading: this.#isLoading,
        isThreadLoading: this.#isThreadLoading,
        error: this.#error,
        runId: this.#runId,
      },
      this.#messagesKey,
    );
  }
}

function uniqueModes(
  base: readonly StreamMode[],
  extra: StreamMode | readonly StreamMode[] | undefined,
): StreamMode[] {
  const modes = new Set<StreamMode>(base);
  if (typeof extra === "string") modes.add(extra);
  else for (const mode of extra ?? []) modes.add(mode);
  return [...modes];
}
