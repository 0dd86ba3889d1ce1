import { encodeEndpoint, type WireQuery } from "./endpoint/encode";
import type { BulkCancelRunsStatus, CancelAction, StreamMode } from "./literals";
import type {
  RunsCancelManyOptions,
  RunsCreateBatchItem,
  RunsCreateOptions,
  RunsJoinOptions,
  RunsJoinStreamOptions,
  RunsListOptions,
  RunsStreamOptions,
  RunsWaitOptions,
} from "./options";
import { RUNS_ENDPOINTS } from "./runs/endpoints";

// The runs bodies and queries, typed, for code that builds a request itself (a proxy, a test).
// Each is the runs endpoint descriptor's encoding (runs/endpoints.ts): the one mapping the client
// uses too, so a field can be neither dropped nor mis-cased.

/** `camelCase` → `snake_case`, as `toWireKey` spells it at run time. */
export type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : S;

/** The wire key of option `K` (see `toWireKey` and `WIRE_KEY_OVERRIDES`). */
export type WireKey<K extends string> = K extends "langsmithTracing"
  ? "langsmith_tracer"
  : SnakeCase<K>;

/** Options of the runs methods that never travel in a body: per-call request options and client-side callbacks. */
export type LocalRunOption =
  | "signal"
  | "headers"
  | "apiKey"
  | "params"
  | "onRunCreated"
  | "version"
  | "raiseError";

/** The snake_case body built from the camelCase options `Source`. */
export type WireBody<Source> = {
  [K in Exclude<keyof Source, LocalRunOption> & string as WireKey<K>]?: Exclude<
    Source[K],
    null | undefined
  >;
};

/** What `stream` and `create` bodies always hold. */
export type StreamDefaultsOnWire = {
  assistant_id: string;
  stream_mode: StreamMode | readonly StreamMode[];
  stream_subgraphs: boolean;
  stream_resumable: boolean;
};

/** The JSON body of `POST …/runs/stream`. */
export type RunStreamBody = WireBody<RunsStreamOptions> & StreamDefaultsOnWire;
/** The JSON body of `POST …/runs`. */
export type RunCreateBody = WireBody<RunsCreateOptions> & StreamDefaultsOnWire;
/** The JSON body of `POST …/runs/wait`. */
export type RunWaitBody = WireBody<RunsWaitOptions> & {
  assistant_id: string;
};
/** One item of the JSON body of `POST /runs/batch`. */
export type RunCreateBatchBodyItem = WireBody<RunsCreateBatchItem>;

type Values = Readonly<Record<string, unknown>>;
// Each function reads its endpoint off RUNS_ENDPOINTS itself: a top-level destructuring would be
// a side effect to a bundler, which would then keep every runs endpoint and options schema in
// any bundle of this package (test/tree-shaking.test.ts).

/**
 * The body of `runs.stream`.
 *
 * @example
 * toRunStreamBody("agent", { streamMode: ["values"], langsmithTracing: { project_name: "p" } });
 * // { stream_mode: ["values"], stream_subgraphs: false, stream_resumable: false,
 * //   assistant_id: "agent", langsmith_tracer: { project_name: "p" } }
 */
export function toRunStreamBody(
  assistantId: string,
  options: RunsStreamOptions = {},
): RunStreamBody {
  return encodeEndpoint(RUNS_ENDPOINTS.stream.stateless, { ...options, assistantId })
    .body as RunStreamBody;
}

/** The body of `runs.create`. */
export function toRunCreateBody(
  assistantId: string,
  options: RunsCreateOptions = {},
): RunCreateBody {
  return encodeEndpoint(RUNS_ENDPOINTS.create.stateless, { ...options, assistantId })
    .body as RunCreateBody;
}

/** The body of `runs.wait` (`raiseError` is handled by the client and never sent). */
export function toRunWaitBody(assistantId: string, options: RunsWaitOptions = {}): RunWaitBody {
  return encodeEndpoint(RUNS_ENDPOINTS.wait.stateless, { ...options, assistantId })
    .body as RunWaitBody;
}

/** The body of `runs.createBatch`: one snake_case item per run, no defaults added. */
export function toRunCreateBatchBody(
  items: readonly RunsCreateBatchItem[],
): RunCreateBatchBodyItem[] {
  return encodeEndpoint(RUNS_ENDPOINTS.createBatch, { payloads: items })
    .body as RunCreateBatchBodyItem[];
}

/**
 * The body of `runs.cancelMany`: only the filters given. An empty `runIds` is left out here, which
 * the server reads as "every run": `runs.cancelMany` therefore sends no request at all for it.
 */
export function toRunsCancelManyBody(options: RunsCancelManyOptions): {
  thread_id?: string;
  run_ids?: readonly string[];
  status?: BulkCancelRunsStatus;
} {
  return encodeEndpoint(RUNS_ENDPOINTS.cancelMany, options as Values).body as {
    thread_id?: string;
    run_ids?: readonly string[];
    status?: BulkCancelRunsStatus;
  };
}

/** The query of `runs.list`: `limit` and `offset` always (10 and 0 by default). */
export function toRunsListQuery(options: RunsListOptions = {}): WireQuery {
  return encodeEndpoint(RUNS_ENDPOINTS.list, options as Values).query;
}

/** The query of `runs.cancelMany`. */
export function toRunsCancelManyQuery(options: RunsCancelManyOptions): WireQuery {
  return encodeEndpoint(RUNS_ENDPOINTS.cancelMany, options as Values).query;
}

/**
 * The query of `runs.cancel`. `wait` is sent only when true: the JS server reads the parameter
 * with a boolean coercion that turns `wait=0` into "wait", so leaving it out is the one spelling
 * of "don't wait" every server reads the same way.
 */
export function toRunsCancelQuery(
  wait: boolean | null | undefined,
  action: CancelAction | null | undefined,
): WireQuery {
  return encodeEndpoint(RUNS_ENDPOINTS.cancel, { wait, action }).query;
}

/** The query of `runs.join`. `cancel_on_disconnect` only when true (see `toRunsCancelQuery`). */
export function toRunsJoinQuery(options: RunsJoinOptions = {}): WireQuery {
  return encodeEndpoint(RUNS_ENDPOINTS.join, options as Values).query;
}

/**
 * The query of `runs.joinStream`: `cancel_on_disconnect` only when true, `stream_mode` only when
 * given (one key per mode). The reference SDK's empty `stream_mode=` is not sent.
 */
export function toRunsJoinStreamQuery(options: RunsJoinStreamOptions = {}): WireQuery {
  return encodeEndpoint(RUNS_ENDPOINTS.joinStream.stateless, options as Values).query;
}

export { stripCommand } from "./runs/endpoints";
export type { WireQuery };
