// Generates src/generated/checks.ts: for every zod schema exported by src/schemas.ts (`FooSchema`),
// a zod-free check (`FooCheck`) built from the kinds in src/check/, which the endpoint
// descriptors and @runwire/core run instead of zod. The schemas stay the one definition; this
// reads their structure (zod's `_zod.def`) and writes it out as data.
//   pnpm --filter @runwire/types generate:checks          rewrites the file
//   pnpm --filter @runwire/types generate:checks --check  fails when it is stale
// test/generated-checks.test.ts fails too when the file is stale, and
// test/check-agreement.test.ts holds every check to its schema's verdicts and issues.

import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as predicates from "../src/check/predicates";
import { issueProducers } from "../src/schema-kit";
import * as schemas from "../src/schemas";

const OUTPUT = fileURLToPath(new URL("../src/generated/checks.ts", import.meta.url));

// zod's internals, as far as this reads them.
interface ZodDef {
  type: string;
  checks?: ZodCheck[];
  error?: (issue: unknown) => unknown;
  abort?: boolean;
  fn?: unknown;
  innerType?: ZodSchema;
  element?: ZodSchema;
  items?: ZodSchema[];
  rest?: ZodSchema | null;
  keyType?: ZodSchema;
  valueType?: ZodSchema;
  mode?: string;
  shape?: Record<string, ZodSchema>;
  catchall?: ZodSchema;
  options?: ZodSchema[];
  discriminator?: string;
  unionFallback?: boolean;
  inclusive?: boolean;
  entries?: Record<string, unknown>;
  values?: unknown[];
  format?: string;
  coerce?: boolean;
}
interface ZodSchema {
  _zod: {
    def: ZodDef;
    traits: Set<string>;
    pattern?: RegExp;
    propValues?: Record<string, Set<unknown>>;
  };
}
interface ZodCheck {
  _zod: {
    def: {
      check: string;
      minimum?: number;
      value?: unknown;
      inclusive?: boolean;
      abort?: boolean;
      fn?: unknown;
      error?: (issue: unknown) => unknown;
      when?: unknown;
      path?: unknown;
      params?: unknown;
    };
  };
}

const isSchema = (value: unknown): value is ZodSchema =>
  typeof value === "object" && value !== null && "_zod" in value;

/** Builds the source of src/generated/checks.ts. */
export function generateChecks(): string {
  return generateChecksFor(schemas);
}

/** The source of the checks of `source`'s exported `…Schema` values. */
export function generateChecksFor(source: Readonly<Record<string, unknown>>): string {
  const predicateNames = new Map<unknown, string>();
  for (const [name, value] of Object.entries(predicates)) {
    if (typeof value === "function") predicateNames.set(value, name);
  }
  const lines: string[] = [];
  const idOfText = new Map<string, string>();
  const idOfSchema = new Map<ZodSchema, string>();
  const kinds = new Set<string>();
  const usedPredicates = new Set<string>();

  const fail = (where: string, why: string): never => {
    throw new Error(`generate-checks: ${where}: ${why}`);
  };
  const call = (kind: string, args: string) => {
    kinds.add(kind);
    return `/*#__PURE__*/ ${kind}(${args})`;
  };
  const predicate = (fn: unknown, where: string): string => {
    const name = predicateNames.get(fn);
    if (name === undefined) {
      return fail(
        where,
        "a custom check whose function is not exported by src/check/predicates.ts",
      );
    }
    usedPredicates.add(name);
    return `P.${name}`;
  };
  const messageOf = (error: ((issue: unknown) => unknown) | undefined, where: string) => {
    if (error === undefined) return "undefined";
    const message = error({});
    if (typeof message !== "string") fail(where, "a custom message that is not a constant string");
    return JSON.stringify(message);
  };

  const refinementOf = (check: ZodCheck, where: string): string => {
    const def = check._zod.def;
    if (def.abort) fail(where, `an aborting "${def.check}" check`);
    // What the kinds do not model: a check on a condition, at a path of its own, with params.
    if (def.check === "custom" && (def.when || def.path || def.params)) {
      fail(where, "a refinement with `when`, `path` or `params`");
    }
    switch (def.check) {
      case "min_length":
        return call("minLength", String(def.minimum));
      case "greater_than":
        if (typeof def.value !== "number") fail(where, "a non-number bound");
        return call("greaterThan", `${String(def.value)}, ${String(def.inclusive === true)}`);
      case "custom": {
        if (def.fn !== undefined) {
          return call("refinement", `${predicate(def.fn, where)}, ${messageOf(def.error, where)}`);
        }
        const producer = issueProducers.get(check);
        if (producer === undefined) fail(where, "a superRefine not made with refineWithIssues");
        return call("produced", predicate(producer, where));
      }
      default:
        return fail(where, `an unsupported check "${def.check}"`);
    }
  };

  const emit = (schema: ZodSchema, where: string): string => {
    const known = idOfSchema.get(schema);
    if (known !== undefined) return known;
    const { def, traits } = schema._zod;
    if (def.coerce) fail(where, "a coercing schema");
    let checks = def.checks ?? [];
    if (def.error !== undefined && def.type !== "custom") fail(where, "a schema-level error map");
    let text: string;
    switch (def.type) {
      case "string":
        if (traits.has("$ZodStringFormat")) fail(where, "a string format");
        text = call("str", "");
        break;
      case "number":
        if (def.format === "safeint") text = call("int", "");
        else if (def.format === undefined) text = call("num", "");
        else text = fail(where, `the number format "${def.format}"`);
        break;
      case "boolean":
        text = call("bool", "");
        break;
      case "null":
        text = call("nul", "");
        break;
      case "unknown":
        text = call("unknown", "");
        break;
      case "never":
        text = call("never", "");
        break;
      case "date":
        text = call("date", "");
        break;
      case "enum": {
        const values = Object.values(def.entries ?? {});
        if (!values.every((value) => typeof value === "string")) fail(where, "a non-string enum");
        text = call("oneOf", JSON.stringify(values));
        break;
      }
      case "literal":
        text = call("oneOf", JSON.stringify(def.values));
        break;
      case "optional":
      case "nullable":
      case "readonly":
        text = call(def.type, emit(def.innerType as ZodSchema, where));
        break;
      case "array":
        text = call("array", emit(def.element as ZodSchema, `${where}[]`));
        break;
      case "tuple":
        if (def.rest) fail(where, "a tuple with a rest element");
        text = call(
          "tuple",
          `[${(def.items ?? []).map((item, index) => emit(item, `${where}[${index}]`)).join(", ")}]`,
        );
        break;
      case "record": {
        const key = def.keyType as ZodSchema;
        if (key._zod.def.type !== "string" || key._zod.def.checks?.length || def.mode) {
          fail(where, "a record whose keys are not plain strings");
        }
        text = call(
          "record",
          `${emit(key, where)}, ${emit(def.valueType as ZodSchema, `${where}.*`)}`,
        );
        break;
      }
      case "object": {
        const catchall = def.catchall?._zod.def.type;
        const unknownKeys =
          catchall === undefined
            ? "strip"
            : catchall === "never"
              ? "strict"
              : catchall === "unknown"
                ? "loose"
                : fail(where, `a catchall of ${catchall}`);
        const shape = def.shape ?? {};
        const fields = Object.keys(shape).map(
          (key) => `${JSON.stringify(key)}: ${emit(shape[key] as ZodSchema, `${where}.${key}`)}`,
        );
        text = call("object", `{ ${fields.join(", ")} }, "${unknownKeys}"`);
        break;
      }
      case "union": {
        const options = def.options ?? [];
        if (def.discriminator === undefined) {
          if (def.inclusive === false) fail(where, "an exclusive union");
          text = call(
            "union",
            `[${options.map((option, index) => emit(option, `${where}|${index}`)).join(", ")}]`,
          );
          break;
        }
        if (def.unionFallback) fail(where, "a discriminated union with a fallback");
        // zod's discriminator map: each option's values of the key, a value claimed twice by none.
        const byValue = new Map<unknown, ZodSchema | null>();
        for (const option of options) {
          for (const value of option._zod.propValues?.[def.discriminator] ?? []) {
            byValue.set(value, byValue.has(value) ? null : option);
          }
        }
        const entries = [...byValue].flatMap(([value, option]) =>
          option === null
            ? []
            : [`[${JSON.stringify(value)}, ${emit(option, `${where}<${String(value)}>`)}]`],
        );
        text = call(
          "discriminatedUnion",
          `${JSON.stringify(def.discriminator)}, [${entries.join(", ")}]`,
        );
        break;
      }
      case "template_literal":
        text = call(
          "pattern",
          `${JSON.stringify(schema._zod.pattern?.source)}, ${JSON.stringify(def.format ?? "template_literal")}`,
        );
        break;
      case "custom":
        text = call(
          "custom",
          `${predicate(def.fn, where)}, ${messageOf(def.error, where)}, ${String(def.abort === true)}`,
        );
        break;
      default:
        text = fail(where, `an unsupported schema type "${def.type}"`);
    }
    // A number format and a custom schema are their own first check; the rest follow.
    checks = checks.filter((check) => (check as unknown) !== schema);
    if (checks.length > 0) {
      text = call(
        "refined",
        [text, ...checks.map((check) => refinementOf(check, where))].join(", "),
      );
    }
    let id = idOfText.get(text);
    if (id === undefined) {
      id = `c${idOfText.size}`;
      idOfText.set(text, id);
      lines.push(`const ${id} = ${text};`);
    }
    idOfSchema.set(schema, id);
    return id;
  };

  const exported: string[] = [];
  for (const [name, value] of Object.entries(source).sort(([a], [b]) => a.localeCompare(b))) {
    if (!name.endsWith("Schema") || !isSchema(value)) continue;
    const id = emit(value, name);
    const checkName = `${name.slice(0, -"Schema".length)}Check`;
    const shaped = value._zod.def.type === "object" ? "ShapedCheck" : "Check";
    exported.push(
      `/** Generated from {@link S.${name}}. */`,
      `export const ${checkName} = ${id} as ${shaped}<z.output<typeof S.${name}>>;`,
    );
  }

  return [
    "// Generated by scripts/generate-checks.ts from the zod schemas of src/schemas.ts: do not edit.",
    "// Regenerate with `pnpm --filter @runwire/types generate:checks`.",
    "",
    'import type * as z from "zod/mini";',
    'import type { Check, ShapedCheck } from "../check/check";',
    `import { ${[...kinds].sort().join(", ")} } from "../check/kinds";`,
    'import * as P from "../check/predicates";',
    'import type * as S from "../schemas";',
    "",
    ...lines,
    "",
    ...exported,
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = generateChecks();
  if (process.argv.includes("--check")) {
    if (readFileSync(OUTPUT, "utf8") !== source) {
      console.error(
        "src/generated/checks.ts is stale: run `pnpm --filter @runwire/types generate:checks`",
      );
      process.exit(1);
    }
    console.log("src/generated/checks.ts is up to date.");
  } else {
    writeFileSync(OUTPUT, source);
    console.log(`wrote ${OUTPUT}`);
  }
}
