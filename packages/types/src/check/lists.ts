import { Check } from "./check";
import { prefixIssues, type RawIssue } from "./issue";

// zod's `z.array` and `z.tuple` (without a rest element).

class ArrayCheck<T> extends Check<T[]> {
  constructor(private readonly element: Check<T>) {
    super();
  }
  protected parse(value: unknown): RawIssue[] {
    if (!Array.isArray(value)) return [{ expected: "array", code: "invalid_type" }];
    const issues: RawIssue[] = [];
    for (let index = 0; index < value.length; index++) {
      const found = this.element.run(value[index]);
      if (found.length > 0) issues.push(...prefixIssues(index, found));
    }
    return issues;
  }
}
export const array = <T>(element: Check<T>): Check<T[]> => new ArrayCheck(element);

class TupleCheck<T> extends Check<T> {
  // zod's optin/optout starts: the first index from which every item may be left out.
  private readonly requiredLength: number;
  private readonly optoutStart: number;
  constructor(private readonly items: readonly Check[]) {
    super();
    this.requiredLength = startOfOmittable(items, (item) => item.optin !== undefined);
    this.optoutStart = startOfOmittable(items, (item) => item.optout === "optional");
  }
  protected parse(value: unknown): RawIssue[] {
    if (!Array.isArray(value)) return [{ expected: "tuple", code: "invalid_type" }];
    const { items } = this;
    if (value.length < this.requiredLength) {
      return [
        { code: "too_small", minimum: this.requiredLength, inclusive: true, origin: "array" },
      ];
    }
    const issues: RawIssue[] = [];
    if (value.length > items.length) {
      issues.push({ code: "too_big", maximum: items.length, inclusive: true, origin: "array" });
    }
    for (let index = 0; index < items.length; index++) {
      const item = items[index] as Check;
      const present = index < value.length;
      if (!present && index >= this.optoutStart && item.optin === "optional") break;
      const found = item.run(value[index]);
      if (found.length === 0) continue;
      if (!present && index >= this.optoutStart) break;
      issues.push(...prefixIssues(index, found));
    }
    return issues;
  }
}
export const tuple = <T>(items: readonly Check[]): Check<T> => new TupleCheck<T>(items);

function startOfOmittable(items: readonly Check[], omittable: (item: Check) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) {
    if (!omittable(items[index] as Check)) return index + 1;
  }
  return 0;
}
