import type { ProducedIssue } from "./refinements";

// The tests of the schemas' custom checks and refinements, named here, without zod, so that the
// zod schemas (which call them) and the generated checks (which import them by name) run the
// same code. scripts/generate-checks.ts refuses a custom check whose function is not one of these.

const isObjectValue = (value: unknown): value is object =>
  typeof value === "object" && value !== null;

/** Any JSON value except `null` (a run's `input`, `context`). */
export const isJsonInput = (value: unknown): boolean =>
  value !== null &&
  (typeof value === "object" ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean");

/** A string: an open enum's value, which a newer server may extend. */
export const isString = (value: unknown): boolean => typeof value === "string";

/** An object (not `null`): a `headers` option, which the header checks look into. */
export const isObject = (value: unknown): boolean => isObjectValue(value);

/** An object with `aborted` and `addEventListener`: an `AbortSignal`, from any realm. */
export const isAbortSignal = (value: unknown): boolean =>
  isObjectValue(value) && "aborted" in value && "addEventListener" in value;

/** A `params` option: a string, or an object of any kind the query builder takes. */
export const isQueryParams = (value: unknown): boolean =>
  typeof value === "string" || isObjectValue(value);

/** A function (a callback option). */
export const isFunction = (value: unknown): boolean => typeof value === "function";

/** A plain object, not an array or a class instance (a store item's value). */
export const isPlainObject = (value: unknown): boolean => {
  if (!isObjectValue(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/** A list or string with at least one element. */
export const isNonEmpty = (value: unknown): boolean => (value as { length: number }).length > 0;

/** A string without `.` (a store namespace label: the server joins labels with `.`). */
export const hasNoDot = (value: unknown): boolean => !(value as string).includes(".");

/**
 * `RunnableConfig`'s snake_case keys that a JavaScript caller is likely to camelCase. The server
 * takes `config` as it is and ignores keys it does not know, so `recursionLimit: 1` would be
 * silently dropped: it is refused, with the key to use.
 */
const CONFIG_KEY_SPELLINGS: Readonly<Record<string, string>> = {
  recursionLimit: "recursion_limit",
  runName: "run_name",
  maxConcurrency: "max_concurrency",
  runId: "run_id",
  threadId: "configurable.thread_id",
  checkpointId: "configurable.checkpoint_id",
};

/**
 * The camelCase slips in a run's `config`, each with the key to use instead. Its keys as the
 * server will see them: own and inherited enumerable ones (JSON carries both, and zod's copy,
 * which its refinement reads, has both), but not `__proto__`, which zod's copy leaves out. A key
 * `Object.prototype` has (`constructor`, `toString`) is no slip.
 */
export function configKeySlips(config: object): ProducedIssue[] {
  const slips: ProducedIssue[] = [];
  for (const key in config) {
    if (key === "__proto__" || !Object.hasOwn(CONFIG_KEY_SPELLINGS, key)) continue;
    slips.push({
      path: [key],
      message: `config is sent to the server as it is, and its keys are snake_case: use "${CONFIG_KEY_SPELLINGS[key]}"`,
    });
  }
  return slips;
}
