import * as z from "zod/mini";

// Literals shared by the platform sub-clients (assistants, threads, crons), PLATFORM_SPEC §1, in
// the same three forms as ./literals.ts: the readonly list of values, a strict zod schema for
// caller input and the inferred type.

/** Direction of a `search` sort. */
export const SORT_ORDERS = ["asc", "desc"] as const;
export const SortOrderSchema = /*#__PURE__*/ z.enum(SORT_ORDERS);
export type SortOrder = z.infer<typeof SortOrderSchema>;

/**
 * What `create` does when the id it is given already exists: `raise` (the server's default)
 * answers 409, `do_nothing` returns the existing record unchanged.
 */
export const ON_CONFLICT_BEHAVIORS = ["raise", "do_nothing"] as const;
export const OnConflictBehaviorSchema = /*#__PURE__*/ z.enum(ON_CONFLICT_BEHAVIORS);
export type OnConflictBehavior = z.infer<typeof OnConflictBehaviorSchema>;
