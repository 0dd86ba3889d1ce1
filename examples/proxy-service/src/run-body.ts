import {
  checkOptions,
  type EndpointDescriptor,
  endpointLayout,
  type OptionsSchema,
  RUNS_ENDPOINTS,
  type RunsStreamOptions,
  RunsStreamOptionsSchema,
  type RunsWaitOptions,
  RunsWaitOptionsSchema,
  toWireKey,
} from "@runwire/types";
import { BLOCKED_FIELDS, type ProxyPolicy } from "./policy";
import { badRequest, type Refusal, type RequestError } from "./request-error";
import { toOptions, toWirePath, type WireTable, wireTable } from "./wire-fields";

// Checks a browser's run body with the same schemas runwire checks its callers' options with, so
// nothing reaches the LangGraph server that runwire itself would refuse to send. Only the wire
// fields of the method are accepted: runwire's client-side options (`signal`, `headers`,
// `onRunCreated`, `version`, …) have no wire name and so can never come from a browser.

/** A body that passed: the assistant to run and the options to forward it with. */
export interface CheckedBody<Options> {
  readonly ok: true;
  readonly assistantId: string;
  readonly options: Options;
}

/** The outcome of a body check. */
export type BodyCheck<Options> =
  | CheckedBody<Options>
  | { readonly ok: false; readonly refusal: Refusal };

const ASSISTANT_ID = "assistant_id";

// The body keys of the runs endpoint, as runwire's own client sends them (the descriptor's layout),
// with their wire names.
const bodyFields = (endpoint: EndpointDescriptor<unknown, unknown>): WireTable =>
  wireTable(
    endpointLayout(endpoint).body.filter((field) => field !== "assistantId"),
    toWireKey,
  );

const STREAM_FIELDS = bodyFields(RUNS_ENDPOINTS.stream.stateless);
const WAIT_FIELDS = bodyFields(RUNS_ENDPOINTS.wait.stateless);

/** Checks the body of `POST …/runs/stream`. */
export function checkStreamBody(
  body: unknown,
  label: string,
  policy: ProxyPolicy,
): BodyCheck<RunsStreamOptions> {
  return checkBody(RunsStreamOptionsSchema, STREAM_FIELDS, body, label, policy);
}

/** Checks the body of `POST …/runs/wait`. */
export function checkWaitBody(
  body: unknown,
  label: string,
  policy: ProxyPolicy,
): BodyCheck<RunsWaitOptions> {
  return checkBody(RunsWaitOptionsSchema, WAIT_FIELDS, body, label, policy);
}

function checkBody<Options>(
  schema: OptionsSchema<Options>,
  fields: WireTable,
  body: unknown,
  label: string,
  policy: ProxyPolicy,
): BodyCheck<Options> {
  const refuse = (
    error: RequestError["error"],
    field: string | null,
    sentence: string,
  ): BodyCheck<Options> => ({
    ok: false,
    refusal: badRequest(error, field, `${label}: ${sentence}`),
  });

  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return refuse("invalid_body", null, "the body must be a JSON object");
  }
  const record = body as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === ASSISTANT_ID) continue;
    const blocked = BLOCKED_FIELDS.get(key);
    if (blocked !== undefined) {
      return refuse("field_not_allowed", key, `field "${key}" is not accepted: ${blocked}`);
    }
    if (!fields.has(key)) {
      return refuse("unknown_field", key, `unknown field "${key}"${snakeCaseHint(key, fields)}`);
    }
  }

  const assistantId = record[ASSISTANT_ID];
  if (assistantId === undefined || assistantId === null) {
    return refuse("invalid_body", ASSISTANT_ID, `missing required field "${ASSISTANT_ID}"`);
  }
  if (typeof assistantId !== "string" || assistantId === "") {
    const got = JSON.stringify(assistantId);
    return refuse(
      "invalid_body",
      ASSISTANT_ID,
      `invalid field "${ASSISTANT_ID}": expected a non-empty string, got ${got}`,
    );
  }

  const result = checkOptions(schema, toOptions(record, fields), label);
  if (!result.success) {
    const { issue } = result;
    const field = toWirePath(issue.field, fields);
    // The issue's sentence quotes the option by its camelCase path; quote the wire name instead.
    const message = issue.message.replace(`"${issue.field}"`, `"${field}"`);
    return { ok: false, refusal: badRequest("invalid_body", field, message, issue.allowed) };
  }

  if (!policy.allowedAssistants.has(assistantId)) {
    const allowed = [...policy.allowedAssistants];
    return {
      ok: false,
      refusal: {
        status: 403,
        body: {
          error: "assistant_not_allowed",
          field: ASSISTANT_ID,
          message: `${label}: assistant ${JSON.stringify(assistantId)} is not served by this proxy (allowed: ${allowed.join(", ")})`,
          allowed,
        },
      },
    };
  }
  return { ok: true, assistantId, options: result.data };
}

// `streamMode` → `stream_mode`: a camelCase option name sent as is is the likeliest slip.
function snakeCaseHint(key: string, fields: WireTable): string {
  for (const [wire, option] of fields) {
    if (option === key && wire !== key) return ` (the wire is snake_case: did you mean "${wire}"?)`;
  }
  return "";
}
