import type {
  CheckpointsStreamPart,
  CustomStreamPart,
  DebugStreamPart,
  ErrorStreamPart,
  EventsStreamPart,
  LifecycleStreamPart,
  MessagesCompleteStreamPart,
  MessagesMetadataStreamPart,
  MessagesPartialStreamPart,
  MessagesTupleStreamPart,
  MetadataStreamPart,
  StreamMode,
  StreamVersion,
  TasksStreamPart,
  ToolsStreamPart,
  UpdatesStreamPart,
  ValuesStreamPart,
} from "@runwire/types";

// Type-level mapping from the stream modes a caller asks for to the parts it can receive, so
// `streamMode: ["values", "updates"]` yields values | updates | metadata | error, not every mode.

/** The default state type: a JSON object. */
export type DefaultValues = Record<string, unknown>;

/** The modes in a `streamMode` option (one mode or a list of them). */
export type ModesOf<M> = M extends readonly (infer Mode)[] ? Mode : M;

/**
 * The v2 parts of each stream mode, with the caller's state, update and custom types. `values`
 * and `updates` parts are a state/update or, with `interrupted: true`, the pause the run stopped
 * at (then `data` is `Partial<State>`: `{}` from the LangGraph JS server).
 */
export interface V2PartsByMode<State, Update, Custom> {
  values: ValuesStreamPart<State>;
  updates: UpdatesStreamPart<Update>;
  messages: MessagesPartialStreamPart | MessagesCompleteStreamPart | MessagesMetadataStreamPart;
  "messages-tuple": MessagesTupleStreamPart;
  custom: Omit<CustomStreamPart, "data"> & { data: Custom };
  checkpoints: CheckpointsStreamPart;
  tasks: TasksStreamPart;
  debug: DebugStreamPart;
  events: EventsStreamPart;
  tools: ToolsStreamPart;
  lifecycle: LifecycleStreamPart;
}

/** Parts every stream can carry whatever its modes: the run's metadata, and an error. */
export type AlwaysV2Parts = MetadataStreamPart | ErrorStreamPart;

/** The v2 parts a stream with modes `M` yields. */
export type StreamPartV2For<M, State = DefaultValues, Update = Partial<State>, Custom = unknown> =
  | V2PartsByMode<State, Update, Custom>[ModesOf<M> & StreamMode]
  | AlwaysV2Parts;

/** A v1 part with a known event name. */
export interface TypedStreamPart<Event extends string, Data> {
  event: Event;
  data: Data;
  /** The last event id of the connection, when the server sends ids. */
  id?: string;
}

/** The v1 event names and data of each stream mode. */
export interface V1EventsByMode<State, Update, Custom> {
  values: { values: State };
  updates: { updates: Record<string, Update> };
  messages: {
    "messages/partial": MessagesPartialStreamPart["data"];
    "messages/complete": MessagesCompleteStreamPart["data"];
    "messages/metadata": MessagesMetadataStreamPart["data"];
  };
  "messages-tuple": { messages: MessagesTupleStreamPart["data"] };
  custom: { custom: Custom };
  checkpoints: { checkpoints: CheckpointsStreamPart["data"] };
  tasks: { tasks: TasksStreamPart["data"] };
  debug: { debug: DebugStreamPart["data"] };
  events: { events: EventsStreamPart["data"] };
  tools: { tools: ToolsStreamPart["data"] };
  /** Named after the subgraph (`lifecycle|<namespace>`), with or without `streamSubgraphs`. */
  lifecycle: { lifecycle: LifecycleStreamPart["data"] };
}

/** Events every v1 stream can carry: metadata, error, and `end` from servers that send one. */
export interface AlwaysV1Events {
  metadata: MetadataStreamPart["data"];
  error: ErrorStreamPart["data"];
  end: null;
}

/** A v1 event name as sent: `Name`, or `Name|<namespace>` from a subgraph when they are streamed. */
export type EventName<Name extends string, Subgraphs extends boolean> = Subgraphs extends true
  ? Name | `${Name}|${string}`
  : Name;

/**
 * The typed parts of a union of event maps (one map per requested mode). Distributes over the
 * union: `keyof` of a union would only keep the names the maps share.
 */
export type PartsOf<Events, Subgraphs extends boolean> = Events extends unknown
  ? {
      [Name in keyof Events & string]: TypedStreamPart<
        EventName<Name, Name extends "lifecycle" ? true : Subgraphs>,
        Events[Name]
      >;
    }[keyof Events & string]
  : never;

/** The v1 parts a stream with modes `M` yields (event names gain `|ns` with subgraphs). */
export type StreamPartV1For<
  M,
  Subgraphs extends boolean = false,
  State = DefaultValues,
  Update = Partial<State>,
  Custom = unknown,
> =
  | PartsOf<V1EventsByMode<State, Update, Custom>[ModesOf<M> & StreamMode], Subgraphs>
  | PartsOf<AlwaysV1Events, false>;

/** What a stream yields for the requested modes, version and subgraph setting. */
export type StreamPartFor<
  M,
  Version extends StreamVersion | undefined,
  Subgraphs extends boolean = false,
  State = DefaultValues,
  Update = Partial<State>,
  Custom = unknown,
> = Version extends "v2"
  ? StreamPartV2For<M, State, Update, Custom>
  : StreamPartV1For<M, Subgraphs, State, Update, Custom>;
