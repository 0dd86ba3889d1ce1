/**
 * `@runwire/types`: every literal and payload of the LangGraph runs API as zod schemas with
 * inferred types, the camelCase options of each runs method, and the one mapping from those
 * options to the snake_case wire. No I/O.
 *
 * @packageDocumentation
 * @module @runwire/types
 *
 * @example
 * import { RunSchema, STREAM_MODES, toRunStreamBody } from "@runwire/types";
 * const run = RunSchema.parse(await response.json());
 * const body = toRunStreamBody("agent", { streamMode: ["values", "updates"] });
 */
export * from "./check-options";
export * from "./endpoint/encode";
export * from "./endpoint/endpoint";
export * from "./endpoint/wire-key";
export * from "./literals";
export * from "./options";
export * from "./records";
export * from "./request-options";
export * from "./run";
export * from "./runs/endpoints";
export { type JsonObject, JsonObjectSchema, openEnum } from "./schema-kit";
export * from "./store/endpoints";
export * from "./stream-part";
export * from "./stream-payloads";
export * from "./wire-body";
