import type { BrowserClientConfig } from "@runwire/browser";
import type {
  ChatCallbacks,
  ChatClient,
  ChatStore,
  ChatStoreOptions,
  DefaultValues,
  Message,
  ResumeStorage,
  StreamInterrupt,
  ToolCallWithResult,
} from "@runwire/ui";

/**
 * Options of {@link useStream} and {@link useChatStore}: the official hook's for the common
 * subset. Callbacks may change on every render without rebuilding the store: the latest ones are
 * called. Changing `client` (or `apiUrl`/`apiKey`/`defaultHeaders`), `assistantId`,
 * `messagesKey`, `throttle` or `streamMode` makes a new store for the same thread.
 */
export interface UseStreamOptions<State = DefaultValues> extends ChatCallbacks<State> {
  /** The assistant (or graph id) runs are created on. */
  assistantId: string;
  /**
   * The client to call (any runwire `Client`: `@runwire/browser`, `@runwire/node`,
   * `@runwire/edge`), typed for `State` or made without a state type. Absent: a
   * `@runwire/browser` client made from `apiUrl`, `apiKey` and `defaultHeaders`.
   */
  client?: ChatClient<State> | ChatClient | undefined;
  /** The LangGraph server, when no `client` is given. */
  apiUrl?: string | undefined;
  /** Sent as `x-api-key`, when no `client` is given (`null`: none). */
  apiKey?: string | null | undefined;
  /** Headers sent with every request, when no `client` is given (compared by content). */
  defaultHeaders?: BrowserClientConfig["defaultHeaders"];
  /**
   * The thread shown. Left out (`undefined`): the hook keeps its own thread (a new one is
   * created on the first `submit`). A string or `null`: controlled; a change shows that thread
   * (`null`: none, the next `submit` creates one), and `onThreadId` tells of a thread the hook
   * created or switched to.
   */
  threadId?: string | null | undefined;
  /** The state key that holds the messages (default `"messages"`). */
  messagesKey?: string | undefined;
  /** Values shown before the thread's state is loaded. */
  initialValues?: State | null | undefined;
  /**
   * Pick a streaming run up again after a page reload, after its last event: `true` for
   * `sessionStorage`, or a storage (factory). Read when the store is made.
   */
  reconnectOnMount?: boolean | ResumeStorage | (() => ResumeStorage) | undefined;
  /**
   * How often a component re-renders while a run streams. Default: at most once per animation
   * frame. A number: at most once per that many ms; `true`: once per macrotask (the official
   * hook's batching); `false`: on every change.
   */
  throttle?: number | boolean | undefined;
  /**
   * Stream modes requested besides `values` and `messages-tuple` (`updates` and `custom` are
   * added when `onUpdateEvent` or `onCustomEvent` is given).
   */
  streamMode?: ChatStoreOptions["streamMode"];
}

/** What {@link useStream} returns: the official hook's common subset, plus the `store`. */
export interface UseStreamResult<State = DefaultValues> {
  /** The thread's values; `values[messagesKey]` includes the messages still streaming. */
  readonly values: State;
  /** The thread's messages, then those still streaming (plain objects, as the official hook's). */
  readonly messages: readonly Message[];
  /** Every tool call of `messages` with its result; computed when read, once per messages array. */
  readonly toolCalls: ToolCallWithResult[];
  /** The tool calls one AI message made, with their results. */
  getToolCalls(message: Message): ToolCallWithResult[];
  /** The first interrupt the thread is paused on, or `undefined`. Never invented. */
  readonly interrupt: StreamInterrupt | undefined;
  /** Every interrupt the thread is paused on (empty when it is not). */
  readonly interrupts: readonly StreamInterrupt[];
  /** A run is streaming into the hook. */
  readonly isLoading: boolean;
  /** The thread's state is being loaded. */
  readonly isThreadLoading: boolean;
  /** The last error, until the next `submit`. */
  readonly error: unknown;
  /** Submits input (or a `command`) as a new run: see `ChatStore.submit`. */
  readonly submit: ChatStore<State>["submit"];
  /** Cancels the run; the partial message stays, no interrupt is reported. */
  readonly stop: ChatStore<State>["stop"];
  /** Streams a run of the thread into the hook, after `lastEventId` when given. */
  readonly joinStream: ChatStore<State>["joinStream"];
  /** Shows another thread (`null`: none, the next `submit` creates one). */
  readonly switchThread: ChatStore<State>["switchThread"];
  /** The client the hook calls. */
  readonly client: ChatClient<State>;
  /** The assistant runs are created on. */
  readonly assistantId: string;
  /** The store underneath, for the selector hooks (`useMessage`, …) in child components. */
  readonly store: ChatStore<State>;
}
