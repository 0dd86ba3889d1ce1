import { Check } from "./check";
import { finalizeIssue, prefixIssues, type RawIssue } from "./issue";

// zod's objects (`z.strictObject`, `z.looseObject`, `z.object`) and `z.record(z.string(), …)`.

/** What an object does with keys its shape does not name. */
export type UnknownKeys = "strict" | "loose" | "strip";

/** zod's `isObject`: what an object or a discriminated union takes (not `null`, not an array). */
export const isObject = (value: unknown): value is Record<PropertyKey, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

class ObjectCheck<T> extends Check<T> {
  private readonly keys: readonly string[];
  private readonly known: ReadonlySet<string>;
  constructor(
    /** The check of each key, in the schema's order. */
    readonly shape: Readonly<Record<string, Check>>,
    private readonly unknownKeys: UnknownKeys,
  ) {
    super();
    this.keys = Object.keys(shape);
    this.known = new Set(this.keys);
  }
  protected parse(value: unknown): RawIssue[] {
    if (!isObject(value)) return [{ expected: "object", code: "invalid_type" }];
    const issues: RawIssue[] = [];
    for (const key of this.keys) {
      if (key === "__proto__") continue;
      const check = this.shape[key] as Check;
      const present = key in value;
      // An absent key a check may leave out adds nothing, not even the issues of `undefined`
      // (zod checks it and drops the result; it is not checked here at all).
      if (!present && check.optin !== undefined && check.optout === "optional") continue;
      const found = check.run(value[key]);
      if (found.length > 0) issues.push(...prefixIssues(key, found));
      else if (!present && check.optin === undefined) {
        issues.push({ code: "invalid_type", expected: "nonoptional", path: [key] });
      }
    }
    if (this.unknownKeys === "strict") {
      const unrecognized: string[] = [];
      for (const key in value) if (!this.known.has(key)) unrecognized.push(key);
      if (unrecognized.length > 0) {
        issues.push({ code: "unrecognized_keys", keys: unrecognized, continue: true });
      }
    }
    return issues;
  }
}

/** An object of `shape` (a strict one refuses other keys; a loose one keeps them unchecked). */
export const object = <T>(shape: Readonly<Record<string, Check>>, unknownKeys: UnknownKeys) =>
  new ObjectCheck<T>(shape, unknownKeys);

// zod's `isPlainObject`: an object whose constructor (if any) looks like Object's.
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const maker: unknown = value.constructor;
  if (maker === undefined || typeof maker !== "function") return true;
  const prototype: unknown = maker.prototype;
  if (!isObject(prototype)) return false;
  return Object.hasOwn(prototype, "isPrototypeOf");
}

class RecordCheck<T> extends Check<T> {
  constructor(
    private readonly keyCheck: Check,
    private readonly valueCheck: Check,
  ) {
    super();
  }
  protected parse(value: unknown): RawIssue[] {
    if (!isPlainObject(value)) return [{ expected: "record", code: "invalid_type" }];
    const issues: RawIssue[] = [];
    for (const key of Reflect.ownKeys(value)) {
      if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
      const keyIssues = this.keyCheck.run(key);
      if (keyIssues.length > 0) {
        // A key the key check refuses (a symbol, for string keys).
        issues.push({
          code: "invalid_key",
          origin: "record",
          issues: keyIssues.map(finalizeIssue),
          path: [key],
        });
        continue;
      }
      const found = this.valueCheck.run(value[key]);
      if (found.length > 0) issues.push(...prefixIssues(key, found));
    }
    return issues;
  }
}

/** A record of string keys whose values pass `valueCheck` (zod's `z.record(z.string(), …)`). */
export const record = <T>(keyCheck: Check, valueCheck: Check) =>
  new RecordCheck<T>(keyCheck, valueCheck);
