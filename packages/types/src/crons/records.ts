import * as z from "zod/mini";
import type { OnCompletionBehavior } from "../literals";
import { define, defineWith, type JsonObject, JsonObjectSchema, openEnum } from "../schema-kit";

// What the server answers to the crons methods (PLATFORM_SPEC §2.16), as an interface that says
// what both SDKs declare and a loose schema for `validateResponses` (P38): only `cron_id` is
// required, the other known keys are checked when they are there, and every key is kept. No
// server runwire is tested against implements crons (the LangGraph JS server 1.5.1 does not), so
// the record follows the SDKs and the Platform's documentation.

/** A scheduled run, as the create methods, `update` and `search` answer. */
export interface Cron {
  /** The cron's id. */
  cron_id: string;
  /** The assistant (or graph) each run of the cron uses. */
  assistant_id: string;
  /** The thread each run goes to; `null` for a stateless cron. */
  thread_id: string | null;
  /** What happens to a stateless cron's thread after each run: `delete` or `keep`. */
  on_run_completed?: OnCompletionBehavior | null;
  /** ISO-8601 timestamp, left unparsed: when the cron stops; `null` for never. */
  end_time: string | null;
  /** The cron expression. */
  schedule: string;
  /** IANA time zone the schedule is read in; `null` for UTC. */
  timezone: string | null;
  /** ISO-8601 timestamp, left unparsed: when the cron was made. */
  created_at: string;
  /** ISO-8601 timestamp, left unparsed: when the cron last changed. */
  updated_at: string;
  /** The stored run payload each run starts from. */
  payload: JsonObject;
  /** The user who made the cron, when the server knows one. */
  user_id: string | null;
  /** ISO-8601 timestamp, left unparsed: the next run; `null` when none is due. */
  next_run_date: string | null;
  /** Free-form metadata of the cron. */
  metadata: JsonObject;
  /** Whether the cron runs. */
  enabled: boolean;
}

const optionalString = /*#__PURE__*/ define(() => z.optional(z.string()));
const optionalNullableString = /*#__PURE__*/ define(() => z.optional(z.nullable(z.string())));

/** Checks a `Cron` answer: `cron_id` required, every key kept. */
export const CronSchema = /*#__PURE__*/ defineWith(z.looseObject, () => ({
  cron_id: z.string(),
  assistant_id: optionalString,
  thread_id: optionalNullableString,
  on_run_completed: z.optional(z.nullable(openEnum(["delete", "keep"] as const))),
  end_time: optionalNullableString,
  schedule: optionalString,
  timezone: optionalNullableString,
  created_at: optionalString,
  updated_at: optionalString,
  payload: z.optional(JsonObjectSchema),
  user_id: optionalNullableString,
  next_run_date: optionalNullableString,
  metadata: z.optional(JsonObjectSchema),
  enabled: z.optional(z.boolean()),
}));
