import * as z from "zod/mini";
import {
  type Checkpoint,
  CheckpointSchema,
  ConfigSchema,
  type Interrupt,
  InterruptSchema,
} from "../records";
import { define, defineWith, type JsonObject, JsonObjectSchema, openEnum } from "../schema-kit";
import { THREAD_STATUSES, type ThreadStatus } from "./literals";

// What the server answers to the threads methods (PLATFORM_SPEC §2.10–§2.15), typed as the
// LangGraph JS server 1.5.1 sends it (P26: `values`, `interrupts`, `config`, `state_updated_at`
// may be absent; a state's `metadata` and `interrupts` too, its `checkpoint` may be null), with a
// loose schema per record for `validateResponses` (P38): identity keys required, the other known
// keys checked when present, every key kept. `Values` is the graph's state.

/**
 * A thread's `config` as the server sends it back: the keys of `Config`, with its lists as
 * mutable as any parsed JSON (so it fits where the official SDK's `Config` is expected).
 */
export interface ThreadConfig {
  /** Tags of the thread's runs. */
  tags?: string[];
  /** Maximum number of graph steps. */
  recursion_limit?: number;
  /** Runtime values; after a run, 1.5.1 also keeps request headers (`user-agent`) here. */
  configurable?: JsonObject;
  [key: string]: unknown;
}

/** The default state type: a JSON object. */
export type ThreadValues = Record<string, unknown>;

/** A thread, as `get`, `create`, `update`, `copy` and `search` answer. */
export interface Thread<Values = ThreadValues> {
  /** The thread's id (a UUID on the LangGraph JS server). */
  thread_id: string;
  /** ISO-8601 timestamp, left unparsed. */
  created_at: string;
  /** ISO-8601 timestamp, left unparsed. */
  updated_at: string;
  /** When the state last changed (the JS SDK declares it; 1.5.1 never sends it). */
  state_updated_at?: string;
  /** Free-form metadata (`{}` by default; `graph_id` once the thread has a graph). */
  metadata: JsonObject;
  /** `busy` while a run is pending or running, `interrupted` at an interrupt. */
  status: ThreadStatus;
  /**
   * The thread's config. After a run, 1.5.1 copies request headers (`user-agent`) into
   * `configurable`: do not snapshot it.
   */
  config?: ThreadConfig;
  /** The latest state; absent until the thread has state. Read `getState` for the fresh one. */
  values?: Values;
  /** Pending interrupts by task id; absent until the first run ends. */
  interrupts?: Record<string, Interrupt[]>;
  /** The paths `search({ extract })` asked for, on servers that support it. */
  extracted?: JsonObject;
  /** A run's error, on servers that report it. */
  error?: string | JsonObject | null;
}

/** Checks a `Thread` answer: `thread_id` required, every key kept. */
export const ThreadSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  thread_id: z.string(),
  created_at: z.optional(z.string()),
  updated_at: z.optional(z.string()),
  state_updated_at: z.optional(z.string()),
  metadata: z.optional(JsonObjectSchema),
  status: z.optional(openEnum(THREAD_STATUSES)),
  config: z.optional(ConfigSchema),
  values: z.optional(z.unknown()),
  interrupts: z.optional(z.record(z.string(), z.array(InterruptSchema))),
  extracted: z.optional(JsonObjectSchema),
  error: z.optional(z.nullable(z.union([z.string(), JsonObjectSchema]))),
}));

/** A pending step of a thread's state. */
export interface ThreadTask<Values = ThreadValues> {
  /** The task's id. */
  id: string;
  /** The node the task runs. */
  name: string;
  /** The node's error, when it failed (1.5.1: a JSON string `{"message":…,"name":…}`). */
  error?: string | null;
  /** The task's interrupts. */
  interrupts: Interrupt[];
  /** A subgraph task's checkpoint (without `subgraphs`), else null. */
  checkpoint: Checkpoint | null;
  /** A subgraph task's state (with `subgraphs: true`), else null. */
  state: ThreadState<Values> | null;
  /** The task's writes, or null. */
  result?: unknown;
}

/** A thread's state at one checkpoint, as `getState` answers and `getHistory` lists. */
export interface ThreadState<Values = ThreadValues> {
  /** The state's values. */
  values: Values;
  /** The nodes that run next. */
  next: string[];
  /** The checkpoint; null for a thread without a graph (never run, no `graph_id`). */
  checkpoint: Checkpoint | null;
  /** The checkpoint's metadata (`source`, `step`, `writes`, `parents`, …); absent when empty. */
  metadata?: JsonObject;
  /** ISO-8601 timestamp of the checkpoint, or null for an empty state. */
  created_at: string | null;
  /** The previous checkpoint, or null. */
  parent_checkpoint: Checkpoint | null;
  /** Pending tasks. */
  tasks: ThreadTask<Values>[];
  /** Pending interrupts (the Platform sends them; 1.5.1 does not: read `tasks[].interrupts`). */
  interrupts?: Interrupt[];
}

/** Checks a `ThreadState` answer: `values` and `next` required, every key kept. */
export const ThreadStateSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  values: z.unknown(),
  next: z.array(z.string()),
  checkpoint: z.optional(z.nullable(CheckpointSchema)),
  metadata: z.optional(JsonObjectSchema),
  created_at: z.optional(z.nullable(z.string())),
  parent_checkpoint: z.optional(z.nullable(CheckpointSchema)),
  tasks: z.optional(
    z.array(
      z.looseObject({
        id: z.string(),
        name: z.string(),
        interrupts: z.optional(z.array(InterruptSchema)),
      }),
    ),
  ),
  interrupts: z.optional(z.array(InterruptSchema)),
}));

/** The checkpoint an `updateState` made (1.5.1 sends it without `checkpoint_map`). */
export interface UpdatedCheckpoint {
  thread_id: string;
  checkpoint_ns: string;
  checkpoint_id: string | null;
  checkpoint_map?: JsonObject | null;
  [key: string]: unknown;
}

/** What `updateState` answers: the checkpoint the update made. */
export interface ThreadUpdateStateResponse {
  /** The new checkpoint: pass it (or its id) to `getState` or a run to start from it. */
  checkpoint: UpdatedCheckpoint;
}

/** Checks a `ThreadUpdateStateResponse`: `checkpoint` required, an object. */
export const ThreadUpdateStateResponseSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  checkpoint: z.looseObject({}),
}));

/** What `prune` answers. */
export interface ThreadPruneResponse {
  /** How many threads were pruned. */
  pruned_count: number;
}

/** Checks a `ThreadPruneResponse`: `pruned_count` a whole number. */
export const ThreadPruneResponseSchema = /*#__PURE__*/ define(() =>
  z.looseObject({ pruned_count: z.int() }),
);
