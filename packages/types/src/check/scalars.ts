import { Check, type Refinement } from "./check";
import type { RawIssue } from "./issue";

// The checks of single values, each reporting what zod's schema of the same kind reports.

const NO_ISSUES = (): RawIssue[] => [];

/** A value of one `typeof` (or `null`): zod's string, boolean, null. */
class TypeCheck<T> extends Check<T> {
  constructor(
    private readonly expected: "string" | "boolean" | "null",
    private readonly accepts: (value: unknown) => boolean,
  ) {
    super();
  }
  protected parse(value: unknown): RawIssue[] {
    return this.accepts(value) ? [] : [{ expected: this.expected, code: "invalid_type" }];
  }
}

/** zod's `z.string()`. */
export const str = (): Check<string> =>
  new TypeCheck("string", (value) => typeof value === "string");
/** zod's `z.boolean()`. */
export const bool = (): Check<boolean> =>
  new TypeCheck("boolean", (value) => typeof value === "boolean");
/** zod's `z.null()`. */
export const nul = (): Check<null> => new TypeCheck("null", (value) => value === null);

/** zod's `z.number()`: a finite number. */
class NumberCheck extends Check<number> {
  protected parse(value: unknown): RawIssue[] {
    if (typeof value === "number" && Number.isFinite(value)) return [];
    const received =
      typeof value !== "number" ? undefined : Number.isNaN(value) ? "NaN" : String(value);
    const issue: RawIssue = { expected: "number", code: "invalid_type" };
    if (received !== undefined) issue.received = received;
    return [issue];
  }
}
export const num = (): Check<number> => new NumberCheck();

/** zod's `z.int()`: a safe integer, reported as zod's `safeint` format check reports it. */
const safeInteger: Refinement = {
  run(value, issues) {
    const input = value as number;
    if (!Number.isInteger(input)) {
      issues.push({ expected: "int", format: "safeint", code: "invalid_type", continue: false });
    } else if (!Number.isSafeInteger(input)) {
      const big = input > 0;
      issues.push({
        code: big ? "too_big" : "too_small",
        [big ? "maximum" : "minimum"]: big ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER,
        note: "Integers must be within the safe integer range.",
        origin: "int",
        inclusive: true,
        continue: true,
      });
    }
  },
};
export const int = (): Check<number> => new NumberCheck().with(safeInteger);

/** zod's `z.unknown()`: anything (though an object still requires the key). */
class UnknownCheck extends Check<unknown> {
  protected parse = NO_ISSUES;
}
export const unknown = (): Check<unknown> => new UnknownCheck();

/** zod's `z.never()`: nothing (a strict object's other keys). */
class NeverCheck extends Check<never> {
  protected parse(): RawIssue[] {
    return [{ expected: "never", code: "invalid_type" }];
  }
}
export const never = (): Check<never> => new NeverCheck();

/** zod's `z.date()`: a valid `Date`. */
class DateCheck extends Check<Date> {
  protected parse(value: unknown): RawIssue[] {
    const isDate = value instanceof Date;
    if (isDate && !Number.isNaN(value.getTime())) return [];
    const issue: RawIssue = { expected: "date", code: "invalid_type" };
    if (isDate) issue.received = "Invalid Date";
    return [issue];
  }
}
export const date = (): Check<Date> => new DateCheck();

/** zod's `z.enum([...])` and `z.literal(...)`: one of the listed values. */
class ValuesCheck<T> extends Check<T> {
  private readonly accepted: ReadonlySet<unknown>;
  constructor(private readonly values: readonly unknown[]) {
    super();
    this.accepted = new Set(values);
  }
  protected parse(value: unknown): RawIssue[] {
    return this.accepted.has(value) ? [] : [{ code: "invalid_value", values: this.values }];
  }
}
export const oneOf = <T>(values: readonly T[]): Check<T> => new ValuesCheck<T>(values);

/** zod's `z.templateLiteral(...)`: a string matching the template's pattern. */
class PatternCheck extends Check<string> {
  private readonly regex: RegExp;
  constructor(
    private readonly pattern: string,
    private readonly format: string,
  ) {
    super();
    this.regex = new RegExp(pattern);
  }
  protected parse(value: unknown): RawIssue[] {
    if (typeof value !== "string") return [{ expected: "string", code: "invalid_type" }];
    if (this.regex.test(value)) return [];
    return [{ code: "invalid_format", format: this.format, pattern: this.pattern }];
  }
}
export const pattern = (source: string, format: string): Check<string> =>
  new PatternCheck(source, format);

/** zod's `z.custom(fn, { error })`: a predicate, its message, and (by default) aborting. */
class CustomCheck<T> extends Check<T> {
  protected parse = NO_ISSUES;
}
export const custom = <T>(accepts: (value: unknown) => boolean, message?: string, abort = true) =>
  new CustomCheck<T>().with(predicateRefinement(accepts, message, abort));

/** zod's refinement by predicate (`z.refine`, and `z.custom`'s own check). */
export function predicateRefinement(
  accepts: (value: unknown) => boolean,
  message: string | undefined,
  abort: boolean,
): Refinement {
  return {
    run(value, issues) {
      if (accepts(value)) return;
      const issue: RawIssue = { code: "custom", path: [], continue: !abort };
      if (message !== undefined) issue.message = message;
      issues.push(issue);
    },
  };
}
