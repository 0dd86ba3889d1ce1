import { define } from "../define";
import { trueOnly } from "../endpoint/encoders";
import { defineEndpoint, jsonResponse, selectedFields, VOID_RESPONSE } from "../endpoint/endpoint";
import {
  CheckpointInputCheck,
  CountCheck,
  ThreadCheck,
  ThreadIdsCheck,
  ThreadPatchStateMetadataCheck,
  ThreadPruneResponseCheck,
  ThreadStateCheck,
  ThreadsCountOptionsCheck,
  ThreadsCreateOptionsCheck,
  ThreadsGetHistoryOptionsCheck,
  ThreadsGetOptionsCheck,
  ThreadsGetStateOptionsCheck,
  ThreadsPruneOptionsCheck,
  ThreadsRequestOptionsCheck,
  ThreadsSearchOptionsCheck,
  ThreadsUpdateOptionsCheck,
  ThreadsUpdateStateOptionsCheck,
  ThreadUpdateStateResponseCheck,
} from "../generated/checks";
import type {
  Thread,
  ThreadPruneResponse,
  ThreadState,
  ThreadUpdateStateResponse,
} from "./records";

// The threads API as endpoint descriptors (PLATFORM_SPEC §5 under Appendix B P16–P24). Body keys
// come from the options schemas, declared in the wire order of Appendix A.2. `joinStream` (§6,
// P25) is a stream, not one of these: it is built on the SSE engine by the threads client.

const READ = true;

const THREAD_RESPONSE = /*#__PURE__*/ jsonResponse<Thread>(ThreadCheck, { what: "thread" });
const STATE_RESPONSE = /*#__PURE__*/ jsonResponse<ThreadState>(ThreadStateCheck, {
  what: "thread state",
});
const SELECTED_STATE_RESPONSE = /*#__PURE__*/ define(() =>
  jsonResponse<ThreadState>(selectedFields(ThreadStateCheck), { what: "thread state" }),
);

/** `include` travels as one key, its values joined with `,` (P16); `[]` sends nothing. */
const joinInclude = (value: unknown): string | undefined => {
  const items = value as readonly string[];
  return items.length === 0 ? undefined : items.join(",");
};

/** A number of minutes becomes the server's `{ ttl, strategy: "delete" }`; an object as given. */
const ttlObject = (value: unknown): unknown =>
  typeof value === "number" ? { ttl: value, strategy: "delete" } : value;

/**
 * Each superstep update as the server reads it (P17): `values` always (`null` when not given),
 * `command` only when given, `asNode` as `as_node`.
 */
const superstepsWire = (value: unknown): unknown =>
  (value as readonly { updates: readonly Record<string, unknown>[] }[]).map((step) => ({
    updates: step.updates.map((update) => ({
      values: update.values ?? null,
      ...(update.command === undefined || update.command === null
        ? {}
        : { command: update.command }),
      as_node: update.asNode,
    })),
  }));

const get = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "threads.get",
    method: "GET",
    path: "/threads/{threadId}",
    options: ThreadsGetOptionsCheck,
    query: ["include"],
    encode: { include: joinInclude },
    response: THREAD_RESPONSE,
    idempotent: READ,
  }),
);

const create = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "threads.create",
    method: "POST",
    path: "/threads",
    options: ThreadsCreateOptionsCheck,
    // `graphId` reaches the wire inside `metadata`: the client merges it there before encoding
    // (P17), so that a `metadata.graph_id` of the caller's survives when no `graphId` is given.
    local: ["graphId"],
    encode: { supersteps: superstepsWire, ttl: ttlObject },
    response: THREAD_RESPONSE,
    idempotent: false,
  }),
);

const update = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "threads.update",
    method: "PATCH",
    path: "/threads/{threadId}",
    options: ThreadsUpdateOptionsCheck,
    headers: { returnMinimal: "Prefer" },
    // `metadata` is required by the server: `{}` (a no-op merge) when not given (P18).
    defaults: { metadata: {} },
    encode: {
      ttl: ttlObject,
      returnMinimal: (value: unknown) => (value === true ? "return=minimal" : undefined),
    },
    response: THREAD_RESPONSE,
    idempotent: false,
  }),
);

const delete_ = /*#__PURE__*/ defineEndpoint({
  id: "threads.delete",
  method: "DELETE",
  path: "/threads/{threadId}",
  options: ThreadsRequestOptionsCheck,
  response: VOID_RESPONSE,
  idempotent: true,
});

const search = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "threads.search",
    method: "POST",
    path: "/threads/search",
    options: ThreadsSearchOptionsCheck,
    defaults: { limit: 10, offset: 0 },
    response: jsonResponse<Thread[]>(ThreadCheck, { list: true, what: "threads" }),
    selectedResponse: jsonResponse<Thread[]>(selectedFields(ThreadCheck), {
      list: true,
      what: "threads",
    }),
    idempotent: READ,
  }),
);

const count = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "threads.count",
    method: "POST",
    path: "/threads/count",
    options: ThreadsCountOptionsCheck,
    response: jsonResponse<number>(CountCheck, { what: "count" }),
    idempotent: READ,
  }),
);

const copy = /*#__PURE__*/ defineEndpoint({
  id: "threads.copy",
  method: "POST",
  path: "/threads/{threadId}/copy",
  // No option is sent: no body, no Content-Type (P19).
  options: ThreadsRequestOptionsCheck,
  response: THREAD_RESPONSE,
  idempotent: false,
});

const prune = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "threads.prune",
    method: "POST",
    path: "/threads/prune",
    args: { threadIds: ThreadIdsCheck },
    // `strategy` only when given: the server's default is `delete` (P20).
    options: ThreadsPruneOptionsCheck,
    response: jsonResponse<ThreadPruneResponse>(ThreadPruneResponseCheck, {
      what: "prune result",
    }),
    idempotent: false,
  }),
);

/**
 * `getState` has three routes (P21): the latest state, the state at a checkpoint id (a path
 * segment), and the state at a checkpoint object (a POST body). `subgraphs` is sent only when
 * `true`: 1.5.1 reads the POST body's flag as a string and refuses a JSON `false`.
 */
const getState = /*#__PURE__*/ define(
  () =>
    ({
      latest: defineEndpoint({
        id: "threads.getState",
        method: "GET",
        path: "/threads/{threadId}/state",
        options: ThreadsGetStateOptionsCheck,
        query: ["subgraphs", "select"],
        encode: { subgraphs: trueOnly },
        response: STATE_RESPONSE,
        selectedResponse: SELECTED_STATE_RESPONSE,
        idempotent: READ,
      }),
      atId: defineEndpoint({
        id: "threads.getState",
        method: "GET",
        path: "/threads/{threadId}/state/{checkpoint}",
        options: ThreadsGetStateOptionsCheck,
        query: ["subgraphs", "select"],
        encode: { subgraphs: trueOnly },
        response: STATE_RESPONSE,
        selectedResponse: SELECTED_STATE_RESPONSE,
        idempotent: READ,
      }),
      atCheckpoint: defineEndpoint({
        id: "threads.getState",
        method: "POST",
        path: "/threads/{threadId}/state/checkpoint",
        args: { checkpoint: CheckpointInputCheck },
        options: ThreadsGetStateOptionsCheck,
        encode: { subgraphs: trueOnly },
        response: STATE_RESPONSE,
        selectedResponse: SELECTED_STATE_RESPONSE,
        idempotent: READ,
      }),
    }) as const,
);

const updateState = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "threads.updateState",
    method: "POST",
    path: "/threads/{threadId}/state",
    options: ThreadsUpdateStateOptionsCheck,
    // `values` is always sent, JSON `null` when not given: "no new values" (P22).
    defaults: { values: null },
    nullable: ["values"],
    response: jsonResponse<ThreadUpdateStateResponse>(ThreadUpdateStateResponseCheck, {
      what: "update-state result",
    }),
    idempotent: false,
  }),
);

const patchState = /*#__PURE__*/ defineEndpoint({
  id: "threads.patchState",
  method: "PATCH",
  path: "/threads/{threadId}/state",
  args: { metadata: ThreadPatchStateMetadataCheck },
  options: ThreadsRequestOptionsCheck,
  response: VOID_RESPONSE,
  idempotent: false,
});

const getHistory = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "threads.getHistory",
    method: "POST",
    path: "/threads/{threadId}/history",
    options: ThreadsGetHistoryOptionsCheck,
    defaults: { limit: 10 },
    response: jsonResponse<ThreadState[]>(ThreadStateCheck, { list: true, what: "thread states" }),
    selectedResponse: jsonResponse<ThreadState[]>(selectedFields(ThreadStateCheck), {
      list: true,
      what: "thread states",
    }),
    // A read: it changes nothing, so a failure may be retried (P36).
    idempotent: READ,
  }),
);

/**
 * Every threads endpoint. `getState` has a `latest`, an `atId` and an `atCheckpoint` route.
 *
 * @example
 * import { encodeEndpoint, THREADS_ENDPOINTS } from "@runwire/types";
 * encodeEndpoint(THREADS_ENDPOINTS.update, { threadId: "t1", ttl: 5 }).body;
 * // { metadata: {}, ttl: { ttl: 5, strategy: "delete" } }
 */
export const THREADS_ENDPOINTS = {
  get,
  create,
  update,
  delete: delete_,
  search,
  count,
  copy,
  prune,
  getState,
  updateState,
  patchState,
  getHistory,
} as const;
