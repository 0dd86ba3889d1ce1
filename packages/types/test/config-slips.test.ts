import { describe, expect, it } from "vitest";
import { checkOptions } from "../src/check-options";
import { RunsStreamOptionsCheck } from "../src/generated/checks";
import { RunsStreamOptionsSchema } from "../src/options";

// `config`'s camelCase slips are refused by name, for the keys the server would get: own and
// inherited ones, not `__proto__` (a JSON key zod's copy leaves out) and not a key of
// `Object.prototype`. The zod schema and the generated check answer alike (a review found the
// check read the caller's object where zod read its own copy).

const both = (config: object) =>
  [RunsStreamOptionsSchema, RunsStreamOptionsCheck].map((schema) =>
    checkOptions(schema, { config }, "runs.stream"),
  );

describe("config key slips", () => {
  it("accepts a config whose JSON had a __proto__ key", () => {
    for (const result of both(JSON.parse('{"__proto__":{"a":1},"tags":["x"]}'))) {
      expect(result.success).toBe(true);
    }
  });

  it("accepts keys Object.prototype has (constructor, toString)", () => {
    for (const result of both({ constructor: 1, toString: 2 })) expect(result.success).toBe(true);
  });

  it("refuses an inherited slip by name, as an own one", () => {
    for (const config of [{ recursionLimit: 5 }, Object.create({ recursionLimit: 5 }) as object]) {
      for (const result of both(config)) {
        expect(result.success).toBe(false);
        if (result.success) continue;
        expect(result.issue.field).toBe("config.recursionLimit");
        expect(result.issue.message).toBe(
          'runs.stream: invalid option "config.recursionLimit": config is sent to the server as it is, and its keys are snake_case: use "recursion_limit", got 5',
        );
      }
    }
  });
});
