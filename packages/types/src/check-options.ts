import type * as z from "zod/mini";

// Turns zod's issue list into one sentence a developer can act on: which option, what is allowed,
// what was given. Core wraps the result in a RunwireValidationError before any request is made.

/** Why a caller's options were refused. */
export interface OptionIssue {
  /** Path of the offending option, e.g. `streamMode`, `streamMode[1]`, `command.goto`. */
  field: string;
  /** The allowed values when the option is a literal, else `null`. */
  allowed: readonly string[] | null;
  /** The value that was given (`undefined` for a missing required value). */
  received: unknown;
  /** Full sentence, e.g. `runs.stream: invalid option "streamMode": expected one of …, got "x"`. */
  message: string;
}

/**
 * What `checkOptions` takes: a zod schema of this package (whose parsed output is `T`), or the
 * zod-free check generated from it, which runwire's client runs (see `@runwire/types/runtime`).
 */
export interface OptionsSchema<T = unknown> {
  /** Checks `value`: its options, or zod's issues (the first is the one reported). */
  safeParse(
    value: unknown,
  ):
    | { readonly success: true; readonly data: T }
    | { readonly success: false; readonly error: { readonly issues: readonly z.core.$ZodIssue[] } };
}

/** The options an {@link OptionsSchema} accepts. */
export type OptionsOf<S> = S extends OptionsSchema<infer T> ? T : never;

/** The outcome of `checkOptions`. */
export type OptionCheck<T> = { success: true; data: T } | { success: false; issue: OptionIssue };

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/**
 * Checks caller options against a schema and describes the first problem.
 *
 * @example
 * const result = checkOptions(RunsStreamOptionsSchema, { streamMode: "valuez" }, "runs.stream");
 * if (!result.success) throw new Error(result.issue.message);
 */
export function checkOptions<S extends OptionsSchema<unknown>>(
  schema: S,
  value: unknown,
  label: string,
  root = "",
): OptionCheck<OptionsOf<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { success: true, data: result.data as OptionsOf<S> };
  const [first] = result.error.issues;
  if (!first) throw new Error(`${label}: validation failed without an issue`);
  const topLevelKeys = "shape" in schema && isRecord(schema.shape) ? Object.keys(schema.shape) : [];
  return { success: false, issue: describeIssue(first, [], value, { label, root, topLevelKeys }) };
}

interface DescribeContext {
  label: string;
  root: string;
  /** Option names the schema knows at the top level, for "did you mean" hints. */
  topLevelKeys: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

function describeIssue(
  issue: Issue,
  prefix: readonly PathKey[],
  input: unknown,
  context: DescribeContext,
): OptionIssue {
  const { label, root } = context;
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union") return describeUnion(issue, path, input, context);
  if (issue.code === "unrecognized_keys") {
    const [key = ""] = issue.keys;
    const field = formatPath([...path, key], root);
    const hint = path.length === 0 ? camelCaseHint(key, context.topLevelKeys) : "";
    return {
      field,
      allowed: null,
      received: valueAt(input, [...path, key]),
      message: `${label}: unknown option "${field}"${hint}`,
    };
  }
  const field = formatPath(path, root);
  const received = valueAt(input, path);
  const allowed = issue.code === "invalid_value" ? issue.values.map(String) : null;
  const expected = describeExpectation(issue);
  return {
    field,
    allowed,
    received,
    message: `${label}: invalid ${field ? `option "${field}"` : "options"}: ${expected}, got ${describeValue(received)}`,
  };
}

// A union fails in every branch; report the branch that got furthest into the value, or, when all
// stopped at the same place, merge what the branches would have accepted.
function describeUnion(
  issue: Extract<Issue, { code: "invalid_union" }>,
  path: readonly PathKey[],
  input: unknown,
  context: DescribeContext,
): OptionIssue {
  const { label, root } = context;
  const branchIssues = issue.errors.flat();
  const deepest = branchIssues.reduce<Issue | undefined>(
    (best, candidate) => (!best || candidate.path.length > best.path.length ? candidate : best),
    undefined,
  );
  if (deepest && deepest.path.length > 0) return describeIssue(deepest, path, input, context);

  const allowedValues = branchIssues.flatMap((branch) =>
    branch.code === "invalid_value" ? branch.values.map(String) : [],
  );
  const expectations = [...new Set(branchIssues.map(describeExpectation))];
  const field = formatPath(path, root);
  const received = valueAt(input, path);
  return {
    field,
    allowed: allowedValues.length > 0 ? allowedValues : null,
    received,
    message: `${label}: invalid option "${field}": ${expectations.join(", or ")}, got ${describeValue(received)}`,
  };
}

function describeExpectation(issue: Issue): string {
  switch (issue.code) {
    case "invalid_value":
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    case "invalid_type":
      return `expected ${article(issue.expected)}`;
    case "too_small":
      return issue.origin === "array" || issue.origin === "string"
        ? `expected at least ${String(issue.minimum)} ${issue.origin === "array" ? "item(s)" : "character(s)"}`
        : `expected a number ${issue.inclusive ? ">=" : ">"} ${String(issue.minimum)}`;
    case "too_big":
      return `expected a number ${issue.inclusive ? "<=" : "<"} ${String(issue.maximum)}`;
    case "invalid_format":
      return `expected ${issue.format}`;
    case "custom":
      // Custom checks in this package set their message to what they expect.
      return issue.message;
    default:
      return issue.message;
  }
}

const article = (type: string): string => {
  if (type === "int") return "an integer";
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
};

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "function") return "a function";
  if (typeof value === "bigint") return `${value.toString()}n`;
  // JSON.stringify writes Infinity and NaN as "null", which would misreport what was given.
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object" && value !== null) return "an object";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function formatPath(path: readonly PathKey[], root: string): string {
  let text = root;
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text;
}

function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

// `stream_mode` → `streamMode`: the most common migration slip from the Python SDK or raw API.
function camelCaseHint(key: string, knownKeys: readonly string[]): string {
  const camel = key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  if (camel === key || !knownKeys.includes(camel)) return "";
  return ` (options are camelCase: did you mean "${camel}"?)`;
}
