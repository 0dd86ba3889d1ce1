import { define } from "../define";
import { trueOnly } from "../endpoint/encoders";
import { defineEndpoint, jsonResponse, selectedFields, VOID_RESPONSE } from "../endpoint/endpoint";
import {
  AssistantCheck,
  AssistantGraphCheck,
  AssistantsCountOptionsCheck,
  AssistantsCreateOptionsCheck,
  AssistantsDeleteOptionsCheck,
  AssistantsGetGraphOptionsCheck,
  AssistantsGetOptionsCheck,
  AssistantsGetSchemasOptionsCheck,
  AssistantsGetSubgraphsOptionsCheck,
  AssistantsGetVersionsOptionsCheck,
  AssistantsSearchOptionsCheck,
  AssistantsSetLatestOptionsCheck,
  AssistantsUpdateOptionsCheck,
  AssistantVersionCheck,
  AssistantVersionNumberCheck,
  CountCheck,
  GraphSchemaCheck,
  SubgraphsCheck,
} from "../generated/checks";
import type {
  Assistant,
  AssistantGraph,
  AssistantVersion,
  GraphSchema,
  Subgraphs,
} from "./records";

// The assistants API as endpoint descriptors (PLATFORM_SPEC §4 under Appendix B P11–P15). Body
// keys come from the options schemas, whose keys are declared in the wire order of Appendix A.1.

const ASSISTANT_RESPONSE = /*#__PURE__*/ jsonResponse<Assistant>(AssistantCheck, {
  what: "assistant",
});

/** Reads and read-only POSTs (search, count, versions) may be sent again after a failure (P36). */
const READ = true;

/** The defaults both official SDKs always send with `search` and `getVersions` (P7). */
const PAGE_DEFAULTS = { limit: 10, offset: 0 } as const;

const get = /*#__PURE__*/ defineEndpoint({
  id: "assistants.get",
  method: "GET",
  path: "/assistants/{assistantId}",
  options: AssistantsGetOptionsCheck,
  response: ASSISTANT_RESPONSE,
  idempotent: READ,
});

const getGraph = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "assistants.getGraph",
    method: "GET",
    path: "/assistants/{assistantId}/graph",
    options: AssistantsGetGraphOptionsCheck,
    // Sent only when given, `false` and depths included: the server's default is no expansion.
    query: ["xray"],
    response: jsonResponse<AssistantGraph>(AssistantGraphCheck, { what: "graph" }),
    idempotent: READ,
  }),
);

const getSchemas = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "assistants.getSchemas",
    method: "GET",
    path: "/assistants/{assistantId}/schemas",
    options: AssistantsGetSchemasOptionsCheck,
    response: jsonResponse<GraphSchema>(GraphSchemaCheck, { what: "graph schemas" }),
    idempotent: READ,
  }),
);

const SUBGRAPHS_RESPONSE = /*#__PURE__*/ jsonResponse<Subgraphs>(SubgraphsCheck, {
  what: "subgraphs",
});

/**
 * `getSubgraphs` has two routes: every subgraph, or the one at a namespace (an extra path
 * segment, so it is checked and encoded as an id is).
 */
const getSubgraphs = /*#__PURE__*/ define(
  () =>
    ({
      all: defineEndpoint({
        id: "assistants.getSubgraphs",
        method: "GET",
        path: "/assistants/{assistantId}/subgraphs",
        options: AssistantsGetSubgraphsOptionsCheck,
        query: ["recurse"],
        // This route is taken only when no namespace is given: nothing to send.
        local: ["namespace"],
        response: SUBGRAPHS_RESPONSE,
        idempotent: READ,
      }),
      namespaced: defineEndpoint({
        id: "assistants.getSubgraphs",
        method: "GET",
        path: "/assistants/{assistantId}/subgraphs/{namespace}",
        options: AssistantsGetSubgraphsOptionsCheck,
        query: ["recurse"],
        response: SUBGRAPHS_RESPONSE,
        idempotent: READ,
      }),
    }) as const,
);

const create = /*#__PURE__*/ defineEndpoint({
  id: "assistants.create",
  method: "POST",
  path: "/assistants",
  options: AssistantsCreateOptionsCheck,
  response: ASSISTANT_RESPONSE,
  idempotent: false,
});

const update = /*#__PURE__*/ defineEndpoint({
  id: "assistants.update",
  method: "PATCH",
  path: "/assistants/{assistantId}",
  // No option given sends `{}`: the server still makes a new version (Q18).
  options: AssistantsUpdateOptionsCheck,
  response: ASSISTANT_RESPONSE,
  idempotent: false,
});

const delete_ = /*#__PURE__*/ defineEndpoint({
  id: "assistants.delete",
  method: "DELETE",
  path: "/assistants/{assistantId}",
  options: AssistantsDeleteOptionsCheck,
  query: ["deleteThreads"],
  // `false` is the server's default: only `true` is sent (P12).
  encode: { deleteThreads: trueOnly },
  // The LangGraph JS server 1.5.1 answers `["<id>"]`, the Platform 204: either way, nothing (P12).
  response: VOID_RESPONSE,
  idempotent: true,
});

const search = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "assistants.search",
    method: "POST",
    path: "/assistants/search",
    options: AssistantsSearchOptionsCheck,
    // The client reads `X-Pagination-Next` itself when asked to (P14).
    local: ["includePagination"],
    defaults: PAGE_DEFAULTS,
    // An empty `select` never reaches the wire: the client refuses it (it would widen into every
    // field, or, sent, make 1.5.1 answer `{}` for every assistant: Q10).
    response: jsonResponse<Assistant[]>(AssistantCheck, { list: true, what: "assistants" }),
    selectedResponse: jsonResponse<Assistant[]>(selectedFields(AssistantCheck), {
      list: true,
      what: "assistants",
    }),
    idempotent: READ,
  }),
);

const count = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "assistants.count",
    method: "POST",
    path: "/assistants/count",
    options: AssistantsCountOptionsCheck,
    // A bare JSON integer; with `validateResponses` anything else is an invalid response (P15).
    response: jsonResponse<number>(CountCheck, { what: "count" }),
    idempotent: READ,
  }),
);

const getVersions = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "assistants.getVersions",
    method: "POST",
    path: "/assistants/{assistantId}/versions",
    options: AssistantsGetVersionsOptionsCheck,
    defaults: PAGE_DEFAULTS,
    response: jsonResponse<AssistantVersion[]>(AssistantVersionCheck, {
      list: true,
      what: "assistant versions",
    }),
    idempotent: READ,
  }),
);

const setLatest = /*#__PURE__*/ defineEndpoint({
  id: "assistants.setLatest",
  method: "POST",
  path: "/assistants/{assistantId}/latest",
  args: { version: AssistantVersionNumberCheck },
  options: AssistantsSetLatestOptionsCheck,
  response: ASSISTANT_RESPONSE,
  idempotent: false,
});

/**
 * Every assistants endpoint. `getSubgraphs` has an `all` and a `namespaced` route.
 *
 * @example
 * import { ASSISTANTS_ENDPOINTS, encodeEndpoint } from "@runwire/types";
 * encodeEndpoint(ASSISTANTS_ENDPOINTS.search, { graphId: "agent" }).body;
 * // { limit: 10, offset: 0, graph_id: "agent" }
 */
export const ASSISTANTS_ENDPOINTS = {
  get,
  getGraph,
  getSchemas,
  getSubgraphs,
  create,
  update,
  delete: delete_,
  search,
  count,
  getVersions,
  setLatest,
} as const;
