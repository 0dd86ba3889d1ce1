import type { Client, RunStream, StreamPartV2For } from "@runwire/core";
import type {
  Message,
  MetadataStreamPart,
  StreamInterrupt,
  StreamMode,
  ThreadState,
} from "@runwire/types";

export type { Message, StreamInterrupt };

/** The default state type: a JSON object. */
export type DefaultValues = Record<string, unknown>;

/**
 * What the store needs of a client: the runwire `Client` of any runtime package
 * (`@runwire/browser`, `@runwire/node`, `@runwire/edge`) fits, as does a `createClient()` result.
 */
export type ChatClient<State = DefaultValues> = Pick<Client<State>, "runs" | "threads">;

/** A v2 stream part the store reads (every mode it may request). */
export type ChatStreamPart<State = DefaultValues> = StreamPartV2For<StreamMode, State>;

/** The run a stream belongs to, as the `metadata` part announces it. */
export type RunMetadata = MetadataStreamPart["data"];

/** A tool call of an AI message (LangChain's shape). */
export interface ToolCall {
  name: string;
  args: Record<string, unknown>;
  id?: string | undefined;
  type?: "tool_call" | undefined;
}

/** A tool call with the tool message that answered it, if any. */
export interface ToolCallWithResult {
  /** The call's id, or `<aiMessageId>-<index>` when it has none. */
  id: string;
  call: ToolCall;
  /** The `tool` message whose `tool_call_id` is the call's id. */
  result: Message | undefined;
  /** The AI message that made the call. */
  aiMessage: Message;
  /** The call's position in the AI message's `tool_calls`. */
  index: number;
  /**
   * `completed` when answered (or when a later AI message implies it was), `error` when the
   * answer has `status: "error"`, else `pending`.
   */
  state: "pending" | "completed" | "error";
}

/**
 * Where the store keeps what it needs to pick a run up again after a page reload: the Web Storage
 * shape, so `sessionStorage` or `localStorage` fit as they are.
 */
export interface ResumeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * What the store writes for a streaming run (under `runwire:stream:<threadId>`): the run, the id
 * of the last event applied, and the messages streamed so far that the thread's state does not
 * hold yet. A reload resumes after `lastEventId` with these restored: no token lost or doubled.
 */
export interface ResumeToken {
  runId: string;
  lastEventId: string | undefined;
  /** Messages streamed but not yet in the thread's state, as they stood at `lastEventId`. */
  partial: Message[];
}

/**
 * When listeners hear about changes. `"frame"` (the default): at most once per animation frame
 * (`requestAnimationFrame`, or a 16 ms timer where there is none); `"microtask"`: once per
 * microtask; `"sync"`: on every change; a number: at most once per that many milliseconds; or a
 * function that schedules `flush` and returns a cancel function. The end of a run, an error, an
 * interrupt and `stop()` always flush at once.
 */
export type NotifySchedule =
  | "frame"
  | "microtask"
  | "sync"
  | number
  | ((flush: () => void) => () => void);

/** A function that changes the values shown, as `onUpdateEvent`/`onCustomEvent` may. */
export type MutateValues<State> = (
  update: Partial<State> | ((previous: State) => Partial<State>),
) => void;

/** Callbacks of the store; each is optional. */
export interface ChatCallbacks<State> {
  /** A thread was created by the first `submit` (or switched to). */
  onThreadId?: ((threadId: string) => void) | undefined;
  /** The server created the run (its `metadata` part arrived). */
  onCreated?: ((run: { run_id: string; thread_id: string }) => void) | undefined;
  /**
   * The run ended (not after `stop()` or `disconnect()`). When the callback declares a parameter,
   * the thread's state is read once after the run (`threads.getState`) and passed; `isLoading`
   * is already `false` then.
   */
  onFinish?:
    | ((state: ThreadState<State>, run: { run_id: string; thread_id: string }) => void)
    | undefined;
  /** A request or the run failed. */
  onError?:
    | ((error: unknown, run: { run_id: string; thread_id: string } | undefined) => void)
    | undefined;
  /** A `custom` part (what a node wrote with its stream writer). */
  onCustomEvent?:
    | ((
        data: unknown,
        options: { namespace: string[] | undefined; mutate: MutateValues<State> },
      ) => void)
    | undefined;
  /** An `updates` part: `{ node: update }` of one step. */
  onUpdateEvent?:
    | ((
        data: Record<string, unknown>,
        options: { namespace: string[] | undefined; mutate: MutateValues<State> },
      ) => void)
    | undefined;
  /** Any part the store read, before it is applied (for modes the store does not model). */
  onPart?: ((part: ChatStreamPart<State>) => void) | undefined;
}

/** Options of {@link ChatStore}. */
export interface ChatStoreOptions<State = DefaultValues> extends ChatCallbacks<State> {
  /**
   * The client the store calls (`runs` and `threads`): one typed for `State`, or one made
   * without a state type (a client's type parameter only says what its answers hold).
   */
  client: ChatClient<State> | ChatClient;
  /** The assistant (or graph id) runs are created on. */
  assistantId: string;
  /** The thread to show; `null` or absent: a new thread is created on the first `submit`. */
  threadId?: string | null | undefined;
  /** The state key that holds the messages (default `"messages"`). */
  messagesKey?: string | undefined;
  /** Values shown before the thread's state is loaded. */
  initialValues?: State | null | undefined;
  /** When listeners are notified (default `"frame"`). */
  notify?: NotifySchedule | undefined;
  /**
   * Keep a resume token for a streaming run so a new store (after a page reload) picks it up
   * after its last event: a Storage (`sessionStorage`), or `true` for `sessionStorage` where it
   * exists. Default: off.
   */
  reconnectOnMount?: boolean | ResumeStorage | (() => ResumeStorage) | undefined;
  /** Stream modes requested besides `values` and `messages-tuple` (e.g. `"custom"`, `"updates"`). */
  streamMode?: StreamMode | readonly StreamMode[] | undefined;
}

/** What `submit` accepts besides the input. */
export interface ChatSubmitOptions<State = DefaultValues> {
  /** Resume an interrupt (`{ resume }`), or `goto`/`update` the graph. */
  command?: { resume?: unknown; goto?: unknown; update?: unknown } | undefined;
  config?: Record<string, unknown> | undefined;
  context?: unknown;
  metadata?: Record<string, unknown> | undefined;
  checkpoint?: { checkpoint_id?: string; checkpoint_ns?: string } | null | undefined;
  interruptBefore?: "*" | string[] | undefined;
  interruptAfter?: "*" | string[] | undefined;
  multitaskStrategy?: "reject" | "interrupt" | "rollback" | "enqueue" | undefined;
  /** Extra stream modes for this run. */
  streamMode?: StreamMode | readonly StreamMode[] | undefined;
  streamSubgraphs?: boolean | undefined;
  /** Values shown at once, until the run's first `values` part replaces them. */
  optimisticValues?: Partial<State> | ((previous: State) => Partial<State>) | undefined;
  /** Create the thread with this id when the store has none yet. */
  threadId?: string | undefined;
  /** Metadata of the thread created for this submit. */
  threadMetadata?: Record<string, unknown> | undefined;
  /** Called instead of the store's `onError` for this submit, with the run when it is known. */
  onError?:
    | ((error: unknown, run: { run_id: string; thread_id: string } | undefined) => void)
    | undefined;
}

/** Options of `joinStream`. */
export interface ChatJoinOptions {
  /** Stream modes to join with (default: the store's). */
  streamMode?: StreamMode | readonly StreamMode[] | undefined;
}

/**
 * What the store shows: an immutable object, replaced (never mutated) on each notification, so
 * `useSyncExternalStore` and selectors compare by identity.
 */
export interface ChatSnapshot<State = DefaultValues> {
  /** The thread shown, or `null` before the first `submit` creates one. */
  readonly threadId: string | null;
  /** The thread's values: the last `values` part or the loaded state. */
  readonly values: State;
  /**
   * The messages: those of `values[messagesKey]` in order, then the ones still streaming. A
   * message object is replaced only when it changed.
   */
  readonly messages: readonly Message[];
  /** The ids of `messages`, in order; a new array only when a message is added or removed. */
  readonly messageIds: readonly string[];
  /** What the thread is paused on (empty when it is not). Never invented: see the README. */
  readonly interrupts: readonly StreamInterrupt[];
  /** A run is streaming into the store. */
  readonly isLoading: boolean;
  /** The thread's state is being loaded. */
  readonly isThreadLoading: boolean;
  /** The last error, until the next `submit`. */
  readonly error: unknown;
  /** The run streaming (or last streamed), when known. */
  readonly runId: string | undefined;
}

/** A stream the store reads: what `runs.stream` and `runs.joinStream` return. */
export type ChatRunStream<State> = RunStream<ChatStreamPart<State>>;
