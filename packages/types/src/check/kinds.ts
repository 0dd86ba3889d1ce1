import type { Check, Refinement } from "./check";

// Every kind of check, for the generated src/generated/checks.ts.
export { array, tuple } from "./lists";
export { object, record } from "./objects";
export { greaterThan, minLength, produced, refinement } from "./refinements";
export {
  bool,
  custom,
  date,
  int,
  never,
  nul,
  num,
  oneOf,
  pattern,
  str,
  unknown,
} from "./scalars";
export { discriminatedUnion, union } from "./unions";
export { nullable, optional, readonly } from "./wrappers";

/** `check` with `refinements` run after its own (zod's `.check(...)`). */
export const refined = (check: Check, ...refinements: Refinement[]): Check =>
  check.with(...refinements);
