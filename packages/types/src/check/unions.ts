import { Check, type Presence } from "./check";
import { aborted, finalizeIssue, type RawIssue } from "./issue";
import { isObject } from "./objects";

// zod's `z.union` and `z.discriminatedUnion`.

class UnionCheck<T> extends Check<T> {
  constructor(private readonly options: readonly Check[]) {
    super();
    this.optin = options.some((option) => option.optin !== undefined) ? "optional" : undefined;
    this.optout = options.some((option) => option.optout === "optional") ? "optional" : undefined;
  }
  protected parse(value: unknown): RawIssue[] {
    const { options } = this;
    if (options.length === 1) return (options[0] as Check).run(value);
    const results: RawIssue[][] = [];
    for (const option of options) {
      const issues = option.run(value);
      if (issues.length === 0) return issues;
      results.push(issues);
    }
    // One option that failed without aborting is the one the value meant: its issues stand.
    const open = results.filter((issues) => !aborted(issues));
    if (open.length === 1) return open[0] as RawIssue[];
    return [{ code: "invalid_union", errors: results.map((issues) => issues.map(finalizeIssue)) }];
  }
}

/** A value one of `options` accepts (zod's `z.union`). */
export const union = <T>(options: readonly Check[]): Check<T> => new UnionCheck<T>(options);

class DiscriminatedUnionCheck<T> extends Check<T> {
  private readonly byValue: ReadonlyMap<unknown, Check>;
  constructor(
    private readonly discriminator: string,
    /** Each discriminator value with its option, in zod's order. */
    entries: readonly (readonly [unknown, Check])[],
  ) {
    super();
    this.byValue = new Map(entries);
    const options = entries.map(([, option]) => option);
    this.optin = presence(options, (option) => option.optin);
    this.optout = presence(options, (option) => option.optout);
  }
  protected parse(value: unknown): RawIssue[] {
    if (!isObject(value)) return [{ code: "invalid_type", expected: "object" }];
    const option = this.byValue.get(value[this.discriminator]);
    if (option) return option.run(value);
    return [
      {
        code: "invalid_union",
        errors: [],
        note: "No matching discriminator",
        discriminator: this.discriminator,
        options: [...this.byValue.keys()],
        path: [this.discriminator],
      },
    ];
  }
}

const presence = (options: readonly Check[], of: (option: Check) => Presence): Presence =>
  options.some((option) => of(option) !== undefined) ? "optional" : undefined;

/** An object whose `discriminator` key picks its option (zod's `z.discriminatedUnion`). */
export const discriminatedUnion = <T>(
  discriminator: string,
  entries: readonly (readonly [unknown, Check])[],
): Check<T> => new DiscriminatedUnionCheck<T>(discriminator, entries);
