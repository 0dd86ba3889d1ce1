import { define } from "../define";
import { isoTimestamp } from "../endpoint/encoders";
import { defineEndpoint, jsonResponse, selectedFields, VOID_RESPONSE } from "../endpoint/endpoint";
import {
  CountCheck,
  CronAssistantIdCheck,
  CronCheck,
  CronsCountOptionsCheck,
  CronsCreateOptionsCheck,
  CronsDeleteOptionsCheck,
  CronsSearchOptionsCheck,
  CronsUpdateOptionsCheck,
} from "../generated/checks";
import type { Cron } from "./records";

// The crons API as endpoint descriptors (PLATFORM_SPEC §7 under Appendix B P27–P30). Body keys
// come from the options schemas, whose keys are declared in the wire order of Appendix A.3; the
// positional `assistantId` of the create methods travels in the body as `assistant_id`.

const CRON_RESPONSE = /*#__PURE__*/ jsonResponse<Cron>(CronCheck, { what: "cron" });

/** Read-only POSTs (search, count) may be sent again after a failure (P36). */
const READ = true;

/** A `Date` given as `endTime` is sent as its ISO-8601 text (P27). */
const END_TIME = { endTime: isoTimestamp } as const;

const createForThread = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "crons.createForThread",
    method: "POST",
    path: "/threads/{threadId}/runs/crons",
    args: { assistantId: CronAssistantIdCheck },
    options: CronsCreateOptionsCheck,
    encode: END_TIME,
    response: CRON_RESPONSE,
    idempotent: false,
  }),
);

const create = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "crons.create",
    method: "POST",
    path: "/runs/crons",
    args: { assistantId: CronAssistantIdCheck },
    options: CronsCreateOptionsCheck,
    encode: END_TIME,
    response: CRON_RESPONSE,
    idempotent: false,
  }),
);

const update = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "crons.update",
    method: "PATCH",
    path: "/runs/crons/{cronId}",
    // No option given sends `{}`.
    options: CronsUpdateOptionsCheck,
    encode: END_TIME,
    // `endTime: null` clears the end time: sent as `"end_time": null` (P28).
    nullable: ["endTime"],
    response: CRON_RESPONSE,
    idempotent: false,
  }),
);

const delete_ = /*#__PURE__*/ defineEndpoint({
  id: "crons.delete",
  method: "DELETE",
  path: "/runs/crons/{cronId}",
  options: CronsDeleteOptionsCheck,
  // Nothing the caller needs; any body is discarded (P29).
  response: VOID_RESPONSE,
  idempotent: true,
});

const search = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "crons.search",
    method: "POST",
    path: "/runs/crons/search",
    options: CronsSearchOptionsCheck,
    // The defaults both official SDKs always send (P7).
    defaults: { limit: 10, offset: 0 },
    // An empty `select` never reaches the wire: the client refuses it (it would widen into every
    // field).
    response: jsonResponse<Cron[]>(CronCheck, { list: true, what: "crons" }),
    selectedResponse: jsonResponse<Cron[]>(selectedFields(CronCheck), {
      list: true,
      what: "crons",
    }),
    idempotent: READ,
  }),
);

const count = /*#__PURE__*/ define(() =>
  defineEndpoint({
    id: "crons.count",
    method: "POST",
    path: "/runs/crons/count",
    options: CronsCountOptionsCheck,
    // A bare JSON integer; with `validateResponses` anything else is an invalid response.
    response: jsonResponse<number>(CountCheck, { what: "count" }),
    idempotent: READ,
  }),
);

/**
 * Every crons endpoint.
 *
 * @example
 * import { CRONS_ENDPOINTS, encodeEndpoint } from "@runwire/types";
 * encodeEndpoint(CRONS_ENDPOINTS.update, { cronId: "c1", endTime: null }).body;
 * // { end_time: null }
 */
export const CRONS_ENDPOINTS = {
  createForThread,
  create,
  update,
  delete: delete_,
  search,
  count,
} as const;
