/**
 * `@runwire/types/runtime`: what runwire's client runs, without zod. The endpoint descriptors,
 * the wire encoding, and the checks generated from this package's zod schemas (`FooCheck` for
 * each `FooSchema`), which report what the schemas report. `@runwire/core` imports this entry, so
 * that loading or bundling the client never loads zod; the schemas themselves stay in
 * `@runwire/types`. An internal entry for runwire's own packages: not a stable API.
 *
 * @packageDocumentation
 */
export * from "./assistants/endpoints";
export * from "./check/check";
export type { CheckIssue, PathKey } from "./check/issue";
export * from "./check-options";
export * from "./crons/endpoints";
export * from "./endpoint/encode";
export * from "./endpoint/endpoint";
export * from "./endpoint/wire-key";
export * from "./generated/checks";
export * from "./runs/endpoints";
export * from "./store/endpoints";
export * from "./stream-part-types";
export * from "./threads/endpoints";
export * from "./threads/stream-endpoint";
