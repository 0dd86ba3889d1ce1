import type { Refinement } from "./check";
import type { PathKey, RawIssue } from "./issue";
import { predicateRefinement } from "./scalars";

// zod's checks (`.check(...)`) that the schemas of @runwire/types use, reporting as zod does.

const lengthOrigin = (value: unknown): string =>
  Array.isArray(value) ? "array" : typeof value === "string" ? "string" : "unknown";

// zod counts a string's code points, not its UTF-16 units, where the two could disagree.
function codePointLength(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length - 1; index++) {
    const high = (text.charCodeAt(index) & 0xfc00) === 0xd800;
    if (high && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      count--;
      index++;
    }
  }
  return count;
}

/** zod's `z.minLength(n)`: runs on anything with a `length`, even after a type issue. */
export const minLength = (minimum: number): Refinement => ({
  when: (value) =>
    value !== null && value !== undefined && (value as { length?: unknown }).length !== undefined,
  run(value, issues) {
    const units = (value as { length: number }).length;
    const length =
      typeof value === "string" && units >= minimum && units < minimum * 2
        ? codePointLength(value)
        : units;
    if (length >= minimum) return;
    issues.push({
      origin: lengthOrigin(value),
      code: "too_small",
      minimum,
      inclusive: true,
      continue: true,
    });
  },
});

/** zod's `z.positive()` (`inclusive` false) and `z.nonnegative()` (`inclusive` true). */
export const greaterThan = (minimum: number, inclusive: boolean): Refinement => ({
  run(value, issues) {
    const input = value as number;
    if (inclusive ? input >= minimum : input > minimum) return;
    const origin =
      typeof value === "bigint" ? "bigint" : typeof value === "object" ? "date" : "number";
    issues.push({ origin, code: "too_small", minimum, inclusive, continue: true });
  },
});

/** zod's `z.refine(fn, { error })`: an issue that lets later checks run. */
export const refinement = (accepts: (value: unknown) => boolean, message?: string): Refinement =>
  predicateRefinement(accepts, message, false);

/** An issue a refinement of several issues reports (zod's `superRefine` with `addIssue`). */
export interface ProducedIssue {
  readonly path: readonly PathKey[];
  readonly message: string;
}

/** zod's `z.superRefine`, for a producer that lists the value's issues. */
export const produced = (issuesOf: (value: never) => readonly ProducedIssue[]): Refinement => ({
  run(value, issues) {
    for (const { path, message } of issuesOf(value as never)) {
      const issue: RawIssue = { code: "custom", path: [...path], message, continue: true };
      issues.push(issue);
    }
  },
});
