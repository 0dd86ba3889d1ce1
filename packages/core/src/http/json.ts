import { InvalidResponseError } from "../errors/invalid-response-error";
import { RunwireValidationError } from "../errors/validation-error";

/** A step into an encoded value: an object key or an array index. */
export type JsonPathKey = string | number;

/** Options for {@link encodeJsonBody}. */
export interface EncodeJsonOptions {
  /** Starts the error message, e.g. `"runs.stream"`. */
  readonly label?: string | undefined;
  /**
   * Names the caller's option at a path of the encoded value, for the error's `field` (default:
   * the path written from `body`, e.g. `body.input.messages[0]`).
   */
  readonly fieldAt?: ((path: readonly JsonPathKey[]) => string) | undefined;
}

/** Deeper than this is refused; it also stops the clean-check on a cycle before it overflows. */
const MAX_DEPTH = 1_000;

/**
 * Encodes a request body as compact JSON, refusing whatever `JSON.stringify` would throw on or
 * silently change. Encoded: plain objects, arrays, strings, finite numbers, booleans, `null`,
 * objects with `toJSON` (`Date` → ISO string) and class instances (their own enumerable
 * properties, as `JSON.stringify` does); `undefined` object members are left out. Refused, with
 * the path of the offending value: `BigInt`, functions, symbols, `NaN`/`±Infinity`, `undefined` in
 * an array, `Map`, `Set`, binary data, `RegExp`, `Error`, promises, weak collections, cycles.
 *
 * A quick check runs before `JSON.stringify`; only when it finds a problem does a second walk
 * track paths to name it, so a clean body pays one extra pass and nothing else.
 *
 * @example
 * encodeJsonBody({ input: { at: new Date(0) } }); // '{"input":{"at":"1970-01-01T00:00:00.000Z"}}'
 * encodeJsonBody({ input: { n: 1n } }); // throws: invalid option "body.input.n": a BigInt …
 * @throws RunwireValidationError naming the path of the first value JSON cannot carry.
 */
export function encodeJsonBody(value: unknown, options: EncodeJsonOptions = {}): string {
  if (!isClean(value, "", 0)) {
    // The quick check may be wrong only towards caution (an enumerable key added to
    // Object.prototype, a toJSON that answers differently twice): then the slow walk decides.
    const problem = findProblem(value, "", [], []);
    if (problem !== null) throw refusal(problem, options);
  }
  return JSON.stringify(value) ?? "null";
}

/** Options for {@link decodeJsonBody}. */
export interface DecodeJsonOptions {
  /** Status of the response, recorded on the error. */
  readonly status?: number | null;
}

/** JSON's own whitespace; the LangGraph server pads `/wait` bodies with `\n` keep-alives. */
const JSON_WHITESPACE_ONLY = /^[ \t\n\r]*$/;

/**
 * Decodes a response body: empty or whitespace-only → null, otherwise `JSON.parse` (leading
 * keep-alive newlines are fine).
 *
 * @example
 * decodeJsonBody("\n\n{\"x\":1}"); // { x: 1 }
 * decodeJsonBody("\n\n"); // null
 * @throws InvalidResponseError when the body is not valid JSON.
 */
export function decodeJsonBody(text: string, options: DecodeJsonOptions = {}): unknown {
  if (JSON_WHITESPACE_ONLY.test(text)) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const status = options.status ?? null;
    throw new InvalidResponseError(
      `Invalid JSON in response body${status === null ? "" : ` (status ${status})`}: ${reason}`,
      { status, body: text, cause: error },
    );
  }
}

// The quick check: no paths, no allocation beyond Object.keys. False means "look closer".
function isClean(value: unknown, key: JsonPathKey, depth: number, fromToJson = false): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value);
    case "object":
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (depth > MAX_DEPTH) return false;
  // JSON.stringify calls toJSON once and encodes what it returns as it is.
  const toJson = fromToJson ? undefined : (value as { toJSON?: unknown }).toJSON;
  if (typeof toJson === "function") {
    if (isBinary(value)) return false;
    return isClean(toJson.call(value, String(key)), key, depth + 1, true);
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (isCleanLeaf(item)) continue;
      if (item === undefined || !isClean(item, index, depth + 1)) return false;
    }
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  const plain = proto === Object.prototype || proto === null;
  if (!plain && refusedObject(value) !== null) return false;
  const record = value as Record<string, unknown>;
  // for…in rather than Object.keys: no array per object. A plain object inherits no enumerable
  // key; a class instance's inherited ones are skipped, as JSON.stringify skips them.
  for (const name in record) {
    if (!plain && !Object.hasOwn(record, name)) continue;
    const member = record[name];
    if (member === undefined || isCleanLeaf(member)) continue;
    if (!isClean(member, name, depth + 1)) return false;
  }
  return true;
}

// Most values of a body are leaves: settling them in the loop saves a call each.
function isCleanLeaf(value: unknown): boolean {
  const type = typeof value;
  return (
    type === "string" ||
    type === "boolean" ||
    value === null ||
    (type === "number" && Number.isFinite(value))
  );
}

interface Problem {
  readonly path: JsonPathKey[];
  readonly reason: string;
}

function refusal(problem: Problem, options: EncodeJsonOptions): RunwireValidationError {
  const field = options.fieldAt?.(problem.path) ?? formatPath("body", problem.path);
  const label = options.label === undefined ? "" : `${options.label}: `;
  return new RunwireValidationError(`${label}invalid option "${field}": ${problem.reason}`, {
    field,
  });
}

// The slow walk, run only on a body that failed the quick check: the first problem and its path.
function findProblem(
  value: unknown,
  key: string,
  path: JsonPathKey[],
  ancestors: object[],
  fromToJson = false,
): Problem | null {
  const leaf = refusedPrimitive(value);
  if (leaf !== null) return { path, reason: leaf };
  if (typeof value !== "object" || value === null) return null;
  if (ancestors.includes(value)) {
    return { path, reason: "a circular reference (an object that contains itself)" };
  }
  if (ancestors.length > MAX_DEPTH) {
    return { path, reason: `a value nested more than ${MAX_DEPTH} levels deep` };
  }
  const toJson = fromToJson ? undefined : (value as { toJSON?: unknown }).toJSON;
  if (typeof toJson === "function" && !isBinary(value)) {
    return findProblem(toJson.call(value, key), key, path, ancestors, true);
  }
  const refused = Array.isArray(value) ? null : refusedObject(value);
  if (refused !== null) return { path, reason: refused };
  const inner = [...ancestors, value];
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (item === undefined) {
        return {
          path: [...path, index],
          reason: "undefined in an array, which JSON would send as null",
        };
      }
      const problem = findProblem(item, String(index), [...path, index], inner);
      if (problem !== null) return problem;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  for (const name of Object.keys(record)) {
    const member = record[name];
    if (member === undefined) continue;
    const problem = findProblem(member, name, [...path, name], inner);
    if (problem !== null) return problem;
  }
  return null;
}

function refusedPrimitive(value: unknown): string | null {
  switch (typeof value) {
    case "bigint":
      return "a BigInt, which JSON cannot carry: convert it to a number or a string";
    case "function":
      return "a function, which JSON cannot carry";
    case "symbol":
      return "a symbol, which JSON cannot carry";
    case "undefined":
      return "undefined, which JSON cannot carry";
    case "number":
      return Number.isFinite(value) ? null : `${value}, which JSON would send as null`;
    default:
      return null;
  }
}

/** Objects JSON would turn into `{}` (or into something else than the caller meant). */
function refusedObject(value: object): string | null {
  if (isBinary(value)) {
    return `binary data (${tagOf(value)}), which JSON cannot carry: encode it as a string (base64, for example)`;
  }
  if (value instanceof Map) {
    return "a Map, which JSON would send as {}: convert it with Object.fromEntries(map)";
  }
  if (value instanceof Set) return "a Set, which JSON would send as {}: convert it with [...set]";
  if (value instanceof RegExp) return "a RegExp, which JSON would send as {}: send its source";
  if (value instanceof Error) return "an Error, which JSON would send as {}: send its message";
  if (value instanceof Promise) return "a Promise: await it first";
  if (value instanceof WeakMap || value instanceof WeakSet) {
    return `a ${tagOf(value)}, which JSON cannot carry`;
  }
  return null;
}

function isBinary(value: object): boolean {
  if (ArrayBuffer.isView(value)) return true;
  // The tag also recognises buffers from another realm (an iframe, a vm context).
  const tag = tagOf(value);
  return tag === "ArrayBuffer" || tag === "SharedArrayBuffer";
}

function tagOf(value: object): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A path as JavaScript would write it: `input.messages[0].content`, `metadata["a b"]`.
 *
 * @example
 * formatPath("input", ["messages", 0, "content"]); // "input.messages[0].content"
 */
export function formatPath(root: string, path: readonly JsonPathKey[]): string {
  let text = root;
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (IDENTIFIER.test(key)) text += text === "" ? key : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text;
}
