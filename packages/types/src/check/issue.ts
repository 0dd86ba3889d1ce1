import type * as z from "zod/mini";

// The issues a check reports, built key for key as zod builds them, so that a finalized issue is
// the same object zod's `safeParse` would give (same keys, same order, same message). Only what
// zod drops on finalizing (its `input`, `inst`, `schema`) is never stored.

/** A key of a value's path: an object key or an array index. */
export type PathKey = PropertyKey;

/** An issue as a check reports it, before the path of its parents is put in front. */
export interface RawIssue {
  [key: string]: unknown;
  path?: PathKey[];
  /** Whether later checks of the same value still run (zod's `continue`); dropped when finalized. */
  continue?: boolean;
}

/** An issue as `safeParse` hands it out: zod's finalized issue. */
export type CheckIssue = z.core.$ZodIssue;

/** zod's `aborted`: an issue from `start` on that does not let later checks run. */
export function aborted(issues: readonly RawIssue[], start = 0): boolean {
  for (let index = start; index < issues.length; index++) {
    if (issues[index]?.continue !== true) return true;
  }
  return false;
}

/** zod's `explicitlyAborted`: an issue that stops every later check. */
export function explicitlyAborted(issues: readonly RawIssue[]): boolean {
  return issues.some((issue) => issue.continue === false);
}

/** Puts `key` in front of each issue's path (zod's `prefixIssues`, in place). */
export function prefixIssues(key: PathKey, issues: RawIssue[]): RawIssue[] {
  for (const issue of issues) {
    issue.path ??= [];
    issue.path.unshift(key);
  }
  return issues;
}

/** zod's `finalizeIssue` for these checks: `continue` dropped, a path and a message added. */
export function finalizeIssue(issue: RawIssue): CheckIssue {
  const full: Record<string, unknown> = {};
  for (const key of Object.keys(issue)) {
    if (key !== "continue" && key !== "__proto__") full[key] = issue[key];
  }
  full.path ??= [];
  // A check with a message of its own stored it; zod/mini, without a locale, says this.
  full.message = issue.message ?? "Invalid input";
  return full as unknown as CheckIssue;
}
