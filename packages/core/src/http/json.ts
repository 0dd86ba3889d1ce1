import { InvalidResponseError } from "../errors/invalid-response-error";

/**
 * Encodes a request body as compact JSON (spec §4.2, TS analogue). Beyond `JSON.stringify`: a
 * `Set` becomes an array, a `Map` an object with string keys, an object with `model_dump()` is
 * encoded as its result; functions, classes, symbols, `BigInt` and binary data throw. `toJSON`
 * (so `Date` → ISO string) applies as usual, `undefined` members are left out, NaN/±Infinity →
 * null. A top-level `undefined` gives `"null"`.
 *
 * @example
 * encodeJsonBody({ tags: new Set(["a"]) }); // '{"tags":["a"]}'
 * @throws TypeError `Type is not JSON serializable: …`, or the engine's TypeError for a cycle.
 */
export function encodeJsonBody(value: unknown): string {
  return JSON.stringify(value, replacer) ?? "null";
}

/** Options for {@link decodeJsonBody}. */
export interface DecodeJsonOptions {
  /** Status of the response, recorded on the error. */
  readonly status?: number | null;
}

/** JSON's own whitespace; the LangGraph server pads `/wait` bodies with `\n` keep-alives. */
const JSON_WHITESPACE_ONLY = /^[ \t\n\r]*$/;

/**
 * Decodes a response body (spec §4.3): empty or whitespace-only → null, otherwise `JSON.parse`
 * (leading keep-alive newlines are fine).
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

/** Runs on every value after its `toJSON`; see {@link encodeJsonBody}. */
function replacer(_key: string, value: unknown): unknown {
  return toJsonCompatible(value);
}

function toJsonCompatible(value: unknown): unknown {
  switch (typeof value) {
    case "bigint":
    case "symbol":
    case "function":
      throw notSerializable(value);
    case "object":
      break;
    default:
      return value;
  }
  if (value === null) return null;
  const modelDump: unknown = (value as { model_dump?: unknown }).model_dump;
  if (typeof modelDump === "function") {
    // JSON.stringify neither calls toJSON nor the replacer on a replacer's own result: do both.
    return toJsonCompatible(applyToJson(modelDump.call(value)));
  }
  if (value instanceof Set) return Array.from(value);
  if (value instanceof Map) return mapToObject(value);
  if (isBinary(value)) throw notSerializable(value);
  return value;
}

function applyToJson(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const toJson: unknown = (value as { toJSON?: unknown }).toJSON;
  return typeof toJson === "function" ? toJson.call(value, "") : value;
}

/** Map keys as orjson's non-string-key option turns them into strings. */
function mapToObject(map: Map<unknown, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, entry] of map) result[mapKey(key)] = entry;
  return result;
}

function mapKey(key: unknown): string {
  switch (typeof key) {
    case "string":
      return key;
    case "number":
    case "boolean":
    case "bigint":
      return String(key);
    case "undefined":
      return "null";
    case "object": {
      if (key === null) return "null";
      const converted = applyToJson(key);
      if (typeof converted === "string") return converted;
      throw new TypeError(`Type is not JSON serializable: ${describe(key)} as a Map key`);
    }
    default:
      throw new TypeError(`Type is not JSON serializable: ${describe(key)} as a Map key`);
  }
}

function notSerializable(value: unknown): TypeError {
  return new TypeError(`Type is not JSON serializable: ${describe(value)}`);
}

function describe(value: unknown): string {
  if (typeof value === "function") {
    const kind = /^class\b/.test(Function.prototype.toString.call(value)) ? "class" : "function";
    return value.name === "" ? `anonymous ${kind}` : `${kind} ${value.name}`;
  }
  if (typeof value === "symbol") return value.toString();
  if (typeof value === "bigint") return "BigInt";
  if (typeof value === "object" && value !== null) {
    return Object.prototype.toString.call(value).slice(8, -1);
  }
  return typeof value;
}

function isBinary(value: object): boolean {
  if (ArrayBuffer.isView(value)) return true;
  const tag = Object.prototype.toString.call(value);
  return tag === "[object ArrayBuffer]" || tag === "[object SharedArrayBuffer]";
}
