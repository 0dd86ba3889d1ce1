import { aborted, type CheckIssue, explicitlyAborted, finalizeIssue, type RawIssue } from "./issue";

// A zod-free check: what runwire runs on a caller's options (and, with `validateResponses`, on
// answers) in place of the zod schema it was generated from (scripts/generate-checks.ts). It
// reports the issues that schema's `safeParse` reports, in the same order, so the messages built
// from them are the same; test/check-agreement.test.ts holds the two to that.

/** zod's `optin`/`optout`: whether an object may leave the key out. */
export type Presence = "optional" | undefined;

/** The outcome of {@link Check.safeParse}, shaped like zod's. */
export type CheckResult<T> =
  | { success: true; data: T; error?: undefined }
  | { success: false; data?: undefined; error: { issues: CheckIssue[] } };

/** A check run after a value's type is known (zod's `.check(...)`). */
export interface Refinement {
  /** When set, decides whether the check runs even after an earlier issue (zod's `when`). */
  readonly when?: ((value: unknown) => boolean) | undefined;
  /** Pushes the issues `value` has onto `issues`. */
  run(value: unknown, issues: RawIssue[]): void;
}

/**
 * A generated check of a value. `safeParse` answers as the zod schema it mirrors does; on
 * success `data` is the value itself (the schemas it mirrors transform nothing).
 *
 * @typeParam T - The value's type when it passes.
 */
export abstract class Check<T = unknown> {
  /** Whether an object may leave a key of this check out. */
  optin: Presence = undefined;
  /** Whether an absent key's issues are dropped. */
  optout: Presence = undefined;
  /** Checks that run once the value's own type is checked. */
  refinements: readonly Refinement[] = [];
  /** Phantom: the type this check narrows to. */
  declare readonly __type?: T;

  /** The issues of `value`'s own type, in zod's order (a fresh list). */
  protected abstract parse(value: unknown): RawIssue[];

  /** Every issue of `value`, as zod's `_zod.run` reports them. */
  run(value: unknown): RawIssue[] {
    const issues = this.parse(value);
    return this.refinements.length === 0 ? issues : refine(value, issues, this.refinements);
  }

  /**
   * Checks `value`, answering as zod's `safeParse`.
   *
   * @example
   * const result = RunsStreamOptionsCheck.safeParse({ streamMode: "valuez" });
   * if (!result.success) console.log(result.error.issues[0]?.path); // ["streamMode"]
   */
  safeParse(value: unknown): CheckResult<T> {
    const issues = this.run(value);
    if (issues.length === 0) return { success: true, data: value as T };
    return { success: false, error: { issues: issues.map(finalizeIssue) } };
  }

  /** Adds refinements; returns this check (generated code builds each check once). */
  with(...refinements: Refinement[]): this {
    this.refinements = [...this.refinements, ...refinements];
    return this;
  }
}

/** A check of an object, whose keys can be checked one at a time. */
export type ShapedCheck<T = unknown> = Check<T> & {
  readonly shape: Readonly<Record<string, Check>>;
};

// zod's `runChecks`: a refinement without `when` is skipped once an issue aborts the value.
function refine(
  value: unknown,
  issues: RawIssue[],
  refinements: readonly Refinement[],
): RawIssue[] {
  let isAborted = aborted(issues);
  for (const refinement of refinements) {
    if (refinement.when) {
      if (explicitlyAborted(issues) || !refinement.when(value)) continue;
    } else if (isAborted) {
      continue;
    }
    const before = issues.length;
    refinement.run(value, issues);
    if (issues.length !== before && !isAborted) isAborted = aborted(issues, before);
  }
  return issues;
}
