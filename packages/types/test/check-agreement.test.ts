import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkOptions } from "../src/check-options";
import * as checks from "../src/generated/checks";
import * as schemas from "../src/schemas";
import { valueFor } from "./support/schema-arbitrary";

// The generated checks (src/generated/checks.ts) stand in for the zod schemas at run time. Here
// each is held to its schema on values drawn from the schema's structure: the same verdict,
// the same issues (every one, with its path and message, in order), and the same option error
// (field, allowed values, received value, message) from `checkOptions`.

type Parser = { safeParse(value: unknown): { success: boolean; data?: unknown; error?: unknown } };
const isSchema = (value: unknown): value is Parser & { _zod: unknown } =>
  typeof value === "object" && value !== null && "_zod" in value;

const pairs = Object.entries(schemas)
  .filter(([name, value]) => name.endsWith("Schema") && isSchema(value))
  .map(([name, schema]) => {
    const checkName = `${name.slice(0, -"Schema".length)}Check`;
    return {
      name,
      schema: schema as unknown as Parser,
      check: (checks as Record<string, Parser>)[checkName],
    };
  });

const issuesOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? null : JSON.parse(JSON.stringify((result.error as { issues: unknown }).issues));

function agree(schema: Parser, check: Parser, value: unknown): void {
  const expected = schema.safeParse(value);
  const actual = check.safeParse(value);
  expect(actual.success, "verdict").toBe(expected.success);
  expect(issuesOf(actual), "issues").toEqual(issuesOf(expected));
  const zodOptions = checkOptions(schema as never, value, "method");
  const checkedOptions = checkOptions(check as never, value, "method");
  if (zodOptions.success) {
    // The check hands back the value itself, where zod hands back a copy.
    expect(checkedOptions).toEqual({ success: true, data: value });
  } else {
    expect(checkedOptions).toEqual(zodOptions);
  }
}

describe("generated checks", () => {
  it("exist for every exported schema", () => {
    expect(pairs.length).toBeGreaterThan(100);
    for (const { name, check } of pairs) expect(check, name).toBeDefined();
  });

  for (const { name, schema, check } of pairs) {
    it(`agree with ${name} on generated values`, () => {
      fc.assert(
        fc.property(valueFor(schema as never), (value) => {
          agree(schema, check as Parser, value);
        }),
        {
          numRuns: Number(process.env.AGREE_RUNS ?? 150),
          seed: Number(process.env.AGREE_SEED ?? 17),
        },
      );
    });
  }
});
