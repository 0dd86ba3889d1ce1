import * as z from "zod/mini";
import { isJsonInput } from "./check/predicates";
import { define, defineWith, JsonObjectSchema, list } from "./schema-kit";

// The records of docs/spec/runs.md §2 that a caller sends and a server echoes back. Objects the server
// may extend (config, interrupts) keep unknown keys; records only a caller writes reject them.

/** Run configuration. The server accepts more keys than these; they are passed through. */
export const ConfigSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  /** Tags for this call and its sub-calls. */
  tags: z.optional(list(z.string())),
  /** Maximum number of graph steps (server default 25). */
  recursion_limit: z.optional(z.int()),
  /** Runtime values for configurable fields. */
  configurable: z.optional(JsonObjectSchema),
}));
export type Config = z.infer<typeof ConfigSchema>;

/** A checkpoint as the server reports it. */
export const CheckpointSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  thread_id: z.string(),
  checkpoint_ns: z.string(),
  checkpoint_id: z.nullable(z.string()),
  checkpoint_map: z.nullable(JsonObjectSchema),
}));
export type Checkpoint = z.infer<typeof CheckpointSchema>;

/** A checkpoint to start a run from, as a caller gives it (every key optional). */
export const CheckpointInputSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  thread_id: z.optional(z.string()),
  checkpoint_ns: z.optional(z.string()),
  checkpoint_id: z.optional(z.nullable(z.string())),
  checkpoint_map: z.optional(z.nullable(JsonObjectSchema)),
}));
export type CheckpointInput = z.infer<typeof CheckpointInputSchema>;

/** A pending `interrupt()` of a run; answer it with `command: { resume }`. */
export const InterruptSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  /** The value the node passed to `interrupt()`. */
  value: z.unknown(),
  /** Identifies the interrupt when resuming. */
  id: z.string(),
}));
export type Interrupt = z.infer<typeof InterruptSchema>;

/** Where LangSmith traces of the run go. Sent on the wire as `langsmith_tracer`. */
export const LangSmithTracingSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  /** LangSmith project to trace to. */
  project_name: z.optional(z.string()),
  /** Dataset example to link the trace to. */
  example_id: z.optional(z.string()),
}));
export type LangSmithTracing = z.infer<typeof LangSmithTracingSchema>;

/** Run one node next with its own input. */
export const SendSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  /** Target node. */
  node: z.string(),
  /** Input for that node; `null` calls it with no input. */
  input: z.unknown(),
}));
export type Send = z.infer<typeof SendSchema>;

const GotoTargetSchema = /*#__PURE__*/ define(() => z.union([SendSchema, z.string()]));

/**
 * Steers a run: resume an `interrupt()`, update state, or jump to nodes. Top-level `null` values
 * are dropped before sending (docs/spec/runs.md §3.1 rule 5).
 */
export const CommandSchema = /*#__PURE__*/ defineWith(z.strictObject, () => ({
  /** Where execution goes next: node names and/or `Send`s. */
  goto: z.optional(z.nullable(z.union([GotoTargetSchema, list(GotoTargetSchema)]))),
  /** State update: a mapping, or an ordered list of `[key, value]` pairs. */
  update: z.optional(
    z.nullable(z.union([JsonObjectSchema, list(z.readonly(z.tuple([z.string(), z.unknown()])))])),
  ),
  /** The value to resume an `interrupt()` with. */
  resume: z.optional(z.unknown()),
}));
export type Command = z.infer<typeof CommandSchema>;

/** Any JSON value except `null`: an object for most graphs, anything for functional-API graphs. */
export type JsonInput = Record<string, unknown> | unknown[] | string | number | boolean;

/** The graph's input. `null` or left out means "continue from the thread's current state". */
export const InputSchema = /*#__PURE__*/ z.custom<JsonInput>(isJsonInput, {
  error: "expected a JSON value (normally an object)",
});
export type Input = z.infer<typeof InputSchema>;

/** Static run context for the assistant (LangGraph.js 0.4+), any JSON value. */
export const ContextSchema = /*#__PURE__*/ z.custom<JsonInput>(isJsonInput, {
  error: "expected a JSON value (normally an object)",
});
export type Context = z.infer<typeof ContextSchema>;

/** A count the server answers (`assistants.count`, `threads.count`, `crons.count`). */
export const CountSchema = /*#__PURE__*/ z.int();
