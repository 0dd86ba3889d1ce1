import { define } from "../define";
import { encodeEndpoint } from "../endpoint/encode";
import { nonEmptyList, trueOnly } from "../endpoint/encoders";
import {
  defineEndpoint,
  type EndpointDescriptor,
  jsonResponse,
  selectedFields,
  VOID_RESPONSE,
} from "../endpoint/endpoint";
import {
  CancelActionCheck,
  RunAssistantIdCheck,
  RunCancelWaitCheck,
  RunCheck,
  RunsCancelManyOptionsCheck,
  RunsCreateBatchCheck,
  RunsCreateBatchItemCheck,
  RunsCreateOptionsCheck,
  RunsJoinOptionsCheck,
  RunsJoinStreamOptionsCheck,
  RunsListOptionsCheck,
  RunsRequestOptionsCheck,
  RunsStreamOptionsCheck,
  RunsWaitOptionsCheck,
} from "../generated/checks";
import type { Command } from "../records";
import type { Run } from "../run";

// The runs API as endpoint descriptors (docs/spec/runs.md §3). Methods that take an optional
// thread have two: the thread's route and the stateless one.

/**
 * A command as sent: `{}` is left out, and so are its top-level `null` values. Shallow on
 * purpose (docs/spec/runs.md §3.1 rule 5): `{ resume: null }` is sent as `{}`.
 */
export function stripCommand(command: Command | null | undefined): Command | undefined {
  if (command === null || command === undefined || Object.keys(command).length === 0) {
    return undefined;
  }
  const stripped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(command)) {
    if (value !== null && value !== undefined) stripped[key] = value;
  }
  return stripped as Command;
}

const encodeCommand = (value: unknown) => stripCommand(value as Command);

/** `stream` and `create` always send these (docs/spec/runs.md §3.1 rule 6). */
const STREAM_DEFAULTS = {
  streamMode: "values",
  streamSubgraphs: false,
  streamResumable: false,
} as const;

const CALLBACKS = ["onRunCreated"] as const;
const RUN_RESPONSE = /*#__PURE__*/ jsonResponse<Run>(RunCheck, { empty: "null", what: "run" });
const RUN_LIST_RESPONSE = /*#__PURE__*/ jsonResponse<Run[]>(RunCheck, {
  list: true,
  empty: "null",
  what: "runs",
});
// A run's final state: whatever the graph's state is, so unchecked.
const STATE_RESPONSE = /*#__PURE__*/ jsonResponse<unknown>(undefined, { empty: "null" });

function threadedAndStateless<Options, Result>(
  endpoint: EndpointDescriptor<Options, Result>,
  statelessPath: string,
): {
  threaded: EndpointDescriptor<Options, Result>;
  stateless: EndpointDescriptor<Options, Result>;
} {
  return { threaded: endpoint, stateless: { ...endpoint, path: statelessPath } };
}

const stream = /*#__PURE__*/ define(() =>
  threadedAndStateless(
    defineEndpoint({
      id: "runs.stream",
      method: "POST",
      path: "/threads/{threadId}/runs/stream",
      args: { assistantId: RunAssistantIdCheck },
      options: RunsStreamOptionsCheck,
      local: ["version", ...CALLBACKS],
      defaults: STREAM_DEFAULTS,
      encode: { command: encodeCommand },
      // The answer is an event stream, read by the stream engine.
      response: jsonResponse<never>(),
      idempotent: false,
    }),
    "/runs/stream",
  ),
);

const create = /*#__PURE__*/ define(() =>
  threadedAndStateless(
    defineEndpoint({
      id: "runs.create",
      method: "POST",
      path: "/threads/{threadId}/runs",
      args: { assistantId: RunAssistantIdCheck },
      options: RunsCreateOptionsCheck,
      local: CALLBACKS,
      defaults: STREAM_DEFAULTS,
      encode: { command: encodeCommand },
      response: RUN_RESPONSE,
      idempotent: false,
    }),
    "/runs",
  ),
);

const wait = /*#__PURE__*/ define(() =>
  threadedAndStateless(
    defineEndpoint({
      id: "runs.wait",
      method: "POST",
      path: "/threads/{threadId}/runs/wait",
      args: { assistantId: RunAssistantIdCheck },
      options: RunsWaitOptionsCheck,
      local: ["raiseError", ...CALLBACKS],
      encode: { command: encodeCommand },
      response: STATE_RESPONSE,
      idempotent: false,
    }),
    "/runs/wait",
  ),
);

/** One run of `createBatch`: only its body is used, as one item of the batch. */
const createBatchItem = /*#__PURE__*/ defineEndpoint({
  id: "runs.createBatch",
  method: "POST",
  path: "/runs/batch",
  options: RunsCreateBatchItemCheck,
  encode: { command: encodeCommand },
  response: RUN_LIST_RESPONSE,
  idempotent: false,
});

const createBatch = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "runs.createBatch",
    method: "POST",
    path: "/runs/batch",
    args: { payloads: RunsCreateBatchCheck },
    options: RunsRequestOptionsCheck,
    bodyFrom: "payloads",
    encode: {
      payloads: (items) =>
        (items as readonly Record<string, unknown>[]).map(
          (item) => encodeEndpoint(createBatchItem, item).body,
        ),
    },
    response: RUN_LIST_RESPONSE,
    idempotent: false,
  }),
);

const list_ = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "runs.list",
    method: "GET",
    path: "/threads/{threadId}/runs",
    options: RunsListOptionsCheck,
    query: ["limit", "offset", "status", "select"],
    defaults: { limit: 10, offset: 0 },
    // The client refuses an empty `select` (it would widen into every field); never sent.
    encode: { select: nonEmptyList },
    response: RUN_LIST_RESPONSE,
    // With a `select`, the server sends only those keys: none of them can be required.
    selectedResponse: jsonResponse<Run[]>(selectedFields(RunCheck), {
      list: true,
      empty: "null",
      what: "runs",
    }),
    idempotent: true,
  }),
);

const get = /*#__PURE__*/ defineEndpoint({
  id: "runs.get",
  method: "GET",
  path: "/threads/{threadId}/runs/{runId}",
  options: RunsRequestOptionsCheck,
  response: RUN_RESPONSE,
  idempotent: true,
});

const cancel = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "runs.cancel",
    method: "POST",
    path: "/threads/{threadId}/runs/{runId}/cancel",
    args: { wait: RunCancelWaitCheck, action: CancelActionCheck },
    options: RunsRequestOptionsCheck,
    // `wait=1` only when waiting (see trueOnly); the action always.
    query: ["wait", "action"],
    defaults: { action: "interrupt" },
    encode: { wait: (value) => (value === true ? 1 : undefined) },
    response: VOID_RESPONSE,
    idempotent: false,
  }),
);

const cancelMany = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "runs.cancelMany",
    method: "POST",
    path: "/runs/cancel",
    options: RunsCancelManyOptionsCheck,
    query: ["action"],
    defaults: { action: "interrupt" },
    // An empty list is never sent: the server would read its absence as "every run", so
    // `runs.cancelMany` sends no request at all for it.
    encode: { runIds: (ids) => ((ids as readonly string[]).length === 0 ? undefined : ids) },
    response: jsonResponse<unknown>(undefined, { empty: "null" }),
    idempotent: false,
  }),
);

const join = /*#__PURE__*/ defineEndpoint({
  id: "runs.join",
  method: "GET",
  path: "/threads/{threadId}/runs/{runId}/join",
  options: RunsJoinOptionsCheck,
  query: ["cancelOnDisconnect"],
  encode: { cancelOnDisconnect: trueOnly },
  response: STATE_RESPONSE,
  idempotent: true,
});

const joinStream = /*#__PURE__*/ define(() =>
  threadedAndStateless(
    defineEndpoint({
      id: "runs.joinStream",
      method: "GET",
      path: "/threads/{threadId}/runs/{runId}/stream",
      options: RunsJoinStreamOptionsCheck,
      query: ["cancelOnDisconnect", "streamMode"],
      headers: { lastEventId: "last-event-id" },
      local: ["version"],
      encode: {
        cancelOnDisconnect: trueOnly,
        streamMode: nonEmptyList,
        lastEventId: (id) => (id === "" ? undefined : id),
      },
      response: jsonResponse<never>(),
      idempotent: true,
    }),
    "/runs/{runId}/stream",
  ),
);

const delete_ = /*#__PURE__*/ defineEndpoint({
  id: "runs.delete",
  method: "DELETE",
  path: "/threads/{threadId}/runs/{runId}",
  options: RunsRequestOptionsCheck,
  response: VOID_RESPONSE,
  idempotent: true,
});

/**
 * Every runs endpoint. `stream`, `create`, `wait` and `joinStream` have a `threaded` and a
 * `stateless` route.
 *
 * @example
 * import { RUNS_ENDPOINTS, encodeEndpoint } from "@runwire/types";
 * encodeEndpoint(RUNS_ENDPOINTS.list, { threadId: "t1", limit: 5 }).query; // { limit: 5, offset: 0 }
 */
export const RUNS_ENDPOINTS = {
  stream,
  create,
  wait,
  createBatch,
  list: list_,
  get,
  cancel,
  cancelMany,
  join,
  joinStream,
  delete: delete_,
} as const;
