import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateChecks } from "../scripts/generate-checks";

// src/generated/checks.ts is committed (so that the packages typecheck and test from source) and
// must be what the generator makes of today's schemas: a schema changed without regenerating
// would leave the client checking the old rules.

const GENERATED = fileURLToPath(new URL("../src/generated/checks.ts", import.meta.url));

describe("src/generated/checks.ts", () => {
  it("is what scripts/generate-checks.ts makes of the current schemas", () => {
    const current = readFileSync(GENERATED, "utf8");
    expect(
      current === generateChecks(),
      "stale: run `pnpm --filter @runwire/types generate:checks` and commit the file",
    ).toBe(true);
  });

  it("refuses a custom check whose function it cannot name", async () => {
    // A predicate defined inline cannot be imported by the generated file, so generation fails
    // with the place, instead of writing a check that would accept anything.
    const z = await import("zod/mini");
    const { generateChecksFor } = await import("../scripts/generate-checks");
    expect(() => generateChecksFor({ OddSchema: z.custom((value) => value === 1) })).toThrow(
      /OddSchema: a custom check whose function is not exported by src\/check\/predicates.ts/,
    );
  });
});
