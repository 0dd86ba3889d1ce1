import * as z from "zod/mini";
import { type Config, ConfigSchema } from "../records";
import { define, defineWith, type JsonObject, JsonObjectSchema, openEnum } from "../schema-kit";

// What the server answers to the assistants methods (PLATFORM_SPEC §2.5–§2.9), as interfaces that
// say what the LangGraph JS server 1.5.1 sends, and a loose schema per record for
// `validateResponses` (P38): it requires only the identity keys, checks the other known keys
// when they are there, and keeps every key, known or not.

/**
 * An assistant's `config` as the server sends it back: the keys of {@link Config}, with its
 * lists as mutable as any parsed JSON (so it fits where the official SDK's `Config` is expected).
 */
export interface AssistantConfig {
  /** Tags for the runs of this assistant. */
  tags?: string[];
  /** Maximum number of graph steps. */
  recursion_limit?: number;
  /** Runtime values for configurable fields. */
  configurable?: JsonObject;
  [key: string]: unknown;
}

/** What an assistant and each of its versions have in common. */
export interface AssistantBase {
  /** The assistant's id (a UUID; system assistants have a stable `uuid5` of their graph id). */
  assistant_id: string;
  /** The graph the assistant runs. */
  graph_id: string;
  /** The configuration runs of this assistant start from; `{}` when none was given. */
  config: AssistantConfig;
  /** Static run context; `{}` when none was given. Any JSON value the caller stored. */
  context: unknown;
  /** ISO-8601 timestamp, left unparsed: when this version was made. */
  created_at: string;
  /** Free-form metadata: `{}` when none was given; `{"created_by":"system"}` on system ones. */
  metadata: JsonObject;
  /** Version number, from 1; every `update` adds one. */
  version: number;
  /**
   * Display name. The server stores `"Untitled"` when `create` is given none, and the graph id
   * when it is given `""`; system assistants are named after their graph.
   */
  name: string;
  /** Free-form description; `null` when never set. */
  description: string | null;
}

/** An assistant (a graph with its configuration, context and metadata), as `get` answers. */
export interface Assistant extends AssistantBase {
  /** ISO-8601 timestamp, left unparsed: when the assistant last changed. */
  updated_at: string;
}

/** One stored version of an assistant, as `getVersions` lists them (no `updated_at`). */
export type AssistantVersion = AssistantBase;

const optionalString = /*#__PURE__*/ define(() => z.optional(z.string()));

const assistantBaseShape = /*#__PURE__*/ define(() => ({
  graph_id: z.string(),
  config: z.optional(ConfigSchema),
  context: z.optional(z.unknown()),
  created_at: optionalString,
  metadata: z.optional(JsonObjectSchema),
  name: optionalString,
  description: z.optional(z.nullable(z.string())),
}));

/** Checks an `Assistant` answer: `assistant_id` and `graph_id` required, every key kept. */
export const AssistantSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  assistant_id: z.string(),
  ...assistantBaseShape,
  version: z.optional(z.int()),
  updated_at: optionalString,
}));

/** Checks an `AssistantVersion` answer: `assistant_id` and `version` required, every key kept. */
export const AssistantVersionSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  assistant_id: z.string(),
  version: z.int(),
  ...assistantBaseShape,
  graph_id: optionalString,
}));

/**
 * The JSON Schemas of a graph, as `getSchemas` answers. Each `*_schema` is left out when the
 * server cannot generate it.
 */
export interface GraphSchema {
  /** The graph these schemas describe. */
  graph_id: string;
  /** JSON Schema of the graph's input. */
  input_schema?: JsonObject | null;
  /** JSON Schema of the graph's output. */
  output_schema?: JsonObject | null;
  /** JSON Schema of the graph's state. */
  state_schema?: JsonObject | null;
  /** JSON Schema of `config.configurable`. */
  config_schema?: JsonObject | null;
  /**
   * JSON Schema of the run context. The LangGraph JS server 1.5.1 sends a copy of
   * `config_schema` here: it cannot tell the two apart.
   */
  context_schema?: JsonObject | null;
}

const optionalJsonSchema = /*#__PURE__*/ define(() => z.optional(z.nullable(JsonObjectSchema)));

/** Checks a `GraphSchema` answer: `graph_id` required, every key kept. */
export const GraphSchemaSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  graph_id: z.string(),
  input_schema: optionalJsonSchema,
  output_schema: optionalJsonSchema,
  state_schema: optionalJsonSchema,
  config_schema: optionalJsonSchema,
  context_schema: optionalJsonSchema,
}));

/**
 * The JSON Schemas of one subgraph in the short form the LangGraph JS server 1.5.1 sends from
 * `getSubgraphs` (no `graph_id`, short keys).
 */
export interface SubgraphSchema {
  /** JSON Schema of the subgraph's state. */
  state?: JsonObject | null;
  /** JSON Schema of the subgraph's input. */
  input?: JsonObject | null;
  /** JSON Schema of the subgraph's output. */
  output?: JsonObject | null;
  /** JSON Schema of the subgraph's `config.configurable`. */
  config?: JsonObject | null;
}

/** Checks one subgraph's schemas in the 1.5.1 form; every key kept. */
export const SubgraphSchemaSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  state: optionalJsonSchema,
  input: optionalJsonSchema,
  output: optionalJsonSchema,
  config: optionalJsonSchema,
}));

/**
 * The schemas of a graph's subgraphs, as `getSubgraphs` answers, keyed by namespace (the node
 * name, e.g. `child`; deeper levels joined with `|` when `recurse` is set). Both SDKs declare
 * `GraphSchema` values; the LangGraph JS server 1.5.1 sends the `SubgraphSchema` form.
 */
export type Subgraphs = Record<string, GraphSchema | SubgraphSchema>;

/** Checks a `Subgraphs` answer: an object of objects in either form, every key kept. */
export const SubgraphsSchema = /*#__PURE__*/ define(() =>
  z.record(z.string(), z.union([GraphSchemaSchema, SubgraphSchemaSchema])),
);

/** One node of a drawn graph. */
export interface AssistantGraphNode {
  /** Node id: its name (`__start__`, `__end__`; `child:inner` inside an expanded subgraph). */
  id: string | number;
  /** Display name. */
  name?: string;
  /**
   * What the node is: for a `schema` node (start, end) a JSON Schema; for a `runnable` node its
   * class and name (`{"id": ["langgraph","RunnableCallable"], "name": "first"}`).
   */
  data?: JsonObject | string;
  /** The node's metadata, as the graph declares it. */
  metadata?: unknown;
  /** `schema` for `__start__` / `__end__`, `runnable` otherwise (sent by 1.5.1). */
  type?: "schema" | "runnable" | (string & {});
}

/** One edge of a drawn graph. */
export interface AssistantGraphEdge {
  /** Id of the node the edge leaves. */
  source: string;
  /** Id of the node the edge enters. */
  target: string;
  /** The edge's label, when it has one (the JS SDK declares a string). */
  data?: unknown;
  /** Whether the edge is taken only on a condition. */
  conditional?: boolean;
}

/** A graph drawn as nodes and edges, as `getGraph` answers (`xray` expands subgraphs). */
export interface AssistantGraph {
  nodes: AssistantGraphNode[];
  edges: AssistantGraphEdge[];
}

const NODE_TYPES = ["schema", "runnable"] as const;

/** Checks an `AssistantGraph` answer: nodes need an `id`, edges a `source` and `target`. */
export const AssistantGraphSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  nodes: z.array(
    z.looseObject({
      id: z.union([z.string(), z.number()]),
      name: optionalString,
      data: z.optional(z.union([JsonObjectSchema, z.string()])),
      metadata: z.optional(z.unknown()),
      type: z.optional(openEnum(NODE_TYPES)),
    }),
  ),
  edges: z.array(
    z.looseObject({
      source: z.string(),
      target: z.string(),
      data: z.optional(z.unknown()),
      conditional: z.optional(z.boolean()),
    }),
  ),
}));

/** What `search({ includePagination: true })` resolves: the page and the cursor the server sent. */
export interface AssistantsSearchResponse {
  /** The page of assistants. */
  assistants: Assistant[];
  /**
   * The `X-Pagination-Next` response header (the next offset, as text), or `null`. The LangGraph
   * JS server 1.5.1 sends it only when the total match count equals `limit`: page until a page
   * is shorter than `limit` instead.
   */
  next: string | null;
}

/** Checks an `AssistantsSearchResponse`: each assistant as `AssistantSchema` does. */
export const AssistantsSearchResponseSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  assistants: z.array(AssistantSchema),
  next: z.nullable(z.string()),
}));
