import { Check, type Presence } from "./check";
import type { RawIssue } from "./issue";

// zod's `z.optional`, `z.nullable` and `z.readonly`: a value let through, else the inner check.

class WrapperCheck<T> extends Check<T> {
  constructor(
    private readonly inner: Check,
    private readonly passes: (value: unknown) => boolean,
    presence: { optin: Presence; optout: Presence },
  ) {
    super();
    this.optin = presence.optin;
    this.optout = presence.optout;
  }
  protected parse(value: unknown): RawIssue[] {
    return this.passes(value) ? [] : this.inner.run(value);
  }
}

const never = () => false;

/** zod's `z.optional(inner)`: `undefined`, or what `inner` accepts; an object may leave it out. */
export const optional = <T>(inner: Check<T>): Check<T | undefined> =>
  new WrapperCheck(inner, (value) => value === undefined, {
    optin: "optional",
    optout: "optional",
  });

/** zod's `z.nullable(inner)`: `null`, or what `inner` accepts. */
export const nullable = <T>(inner: Check<T>): Check<T | null> =>
  new WrapperCheck(inner, (value) => value === null, inner);

/** zod's `z.readonly(inner)`: what `inner` accepts (zod freezes its copy; the value is unchanged). */
export const readonly = <T>(inner: Check<T>): Check<Readonly<T>> =>
  new WrapperCheck(inner, never, inner);
