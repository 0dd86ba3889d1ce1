import fc from "fast-check";

// Values for a zod schema, drawn from its structure (zod's `_zod.def`): mostly what it accepts,
// often something near it (a wrong type, an empty string or list, a snake_case or unknown key, a
// missing required key), sometimes anything at all. The agreement test runs both a schema and
// its generated check on these.

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; minimum?: number; value?: unknown } } }[];
  innerType?: Schema;
  element?: Schema;
  items?: Schema[];
  valueType?: Schema;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  options?: Schema[];
  discriminator?: string;
  entries?: Record<string, unknown>;
  values?: unknown[];
  format?: string;
}
interface Schema {
  _zod: { def: Def; pattern?: RegExp };
}

/** Values no schema of @runwire/types expects, of every kind the checks tell apart. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    "",
    ".",
    "a.b",
    0,
    -1,
    1.5,
    -0.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 60,
    -(2 ** 60),
    true,
    [],
    {},
    Object.create(null),
    new Date(Number.NaN),
    new Date(0),
    () => undefined,
    10n,
    Symbol("s"),
    new Map(),
    "values.x",
    "\ud800",
  ),
  fc.anything({ maxDepth: 2 }),
);

/** A value for `schema`; `depth` bounds nested values. */
export function valueFor(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const near = nearValue(schema, depth);
  return fc.oneof({ arbitrary: near, weight: 6 }, { arbitrary: oddValue, weight: 1 });
}

const camelToSnake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const snakeToCamel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Keys any object may be given by mistake: the camelCase slips `config` refuses, names
 * `Object.prototype` has, and `__proto__` (an own key when it comes from `JSON.parse`).
 */
const EXOTIC_KEYS = [
  "recursionLimit",
  "runName",
  "maxConcurrency",
  "runId",
  "threadId",
  "checkpointId",
  "constructor",
  "toString",
  "__proto__",
];

function nearValue(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  const deeper = (inner: Schema) => (depth > 4 ? oddValue : valueFor(inner, depth + 1));
  switch (def.type) {
    case "string":
      return fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom("", ".", "a.b", "\ud83d\ude00"));
    case "number":
      return fc.oneof(
        fc.integer({ min: -3, max: 3 }),
        fc.double({ noDefaultInfinity: false }),
        fc.constantFrom(0.5, 2 ** 53, -(2 ** 53)),
      );
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "date":
      return fc.date({ noInvalidDate: false });
    case "enum":
      return fc.oneof(
        fc.constantFrom(...Object.values(def.entries ?? {})),
        fc.string({ maxLength: 3 }),
      );
    case "literal":
      return fc.constantFrom(...(def.values ?? []));
    case "template_literal":
      return fc.oneof(
        fc.string({ maxLength: 3 }).map((rest) => `values.${rest}`),
        fc.string(),
      );
    case "optional":
      return fc.oneof(fc.constant(undefined), deeper(def.innerType as Schema));
    case "nullable":
      return fc.oneof(fc.constant(null), deeper(def.innerType as Schema));
    case "readonly":
      return deeper(def.innerType as Schema);
    case "array":
      return fc.array(deeper(def.element as Schema), { maxLength: 3 });
    case "tuple": {
      const items = (def.items ?? []).map((item) => deeper(item));
      return fc.oneof(fc.tuple(...items), fc.array(oddValue, { maxLength: items.length + 1 }));
    }
    case "record":
      return fc.dictionary(fc.string({ maxLength: 3 }), deeper(def.valueType as Schema), {
        maxKeys: 3,
      });
    case "object":
      return objectValue(def, depth);
    case "union":
      return fc.oneof(...(def.options ?? []).map((option) => nearValue(option, depth)));
    case "custom":
      return fc.oneof(
        oddValue,
        fc.constantFrom(
          new AbortController().signal,
          new Headers({ a: "b" }),
          new URLSearchParams("a=b"),
          [["a", "b"]],
          { a: "b" },
          () => undefined,
        ),
      );
    default:
      return oddValue;
  }
}

function objectValue(def: Def, depth: number): fc.Arbitrary<unknown> {
  const shape = def.shape ?? {};
  const keys = Object.keys(shape);
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const key of keys) fields[key] = valueFor(shape[key] as Schema, depth + 1);
  const known = fc.record(fields, { requiredKeys: [] });
  // A key the schema does not name: a snake_case or camelCase slip of one it does, a key of
  // EXOTIC_KEYS, or any other; given as an own key, or inherited from the object's prototype.
  const slips = [...keys.map(camelToSnake), ...keys.map(snakeToCamel)].filter(
    (key) => !keys.includes(key),
  );
  const extraKey = fc.oneof(
    slips.length > 0 ? fc.constantFrom(...slips) : fc.constant("extra"),
    fc.constantFrom(...EXOTIC_KEYS),
    fc.string({ maxLength: 3 }),
  );
  const withExtra = fc
    .tuple(known, extraKey, oddValue, fc.boolean())
    .map(([value, key, extra, inherited]) => {
      // A computed key makes `__proto__` an own key, as JSON.parse does.
      const extraOnly = { [key]: extra };
      if (!inherited) return { ...(value as object), ...extraOnly };
      return Object.assign(Object.create(extraOnly) as object, value);
    });
  // Every key given, for values that pass.
  const complete = fc.record(fields);
  return fc.oneof(
    { arbitrary: known, weight: 4 },
    { arbitrary: complete, weight: 2 },
    { arbitrary: withExtra, weight: 1 },
  );
}
