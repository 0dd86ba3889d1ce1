/**
 * `@runwire/types`: every literal and payload of the LangGraph runs, assistants, threads, crons and store APIs as
 * `@runwire/types`: every literal and payload of the LangGraph runs, assistants, crons and store APIs as
 * zod schemas with inferred types, the camelCase options of each method, and the one mapping from
 * the runs options to the snake_case wire. No I/O.
 *
 * @packageDocumentation
 * @module @runwire/types
 *
 * @example
 * import { RunSchema, STREAM_MODES, toRunStreamBody } from "@runwire/types";
 * const run = RunSchema.parse(await response.json());
 * const body = toRunStreamBody("agent", { streamMode: ["values", "updates"] });
 */
export * from "./assistants/endpoints";
export * from "./assistants/literals";
export * from "./assistants/options";
export * from "./assistants/records";
export * from "./check-options";
export * from "./crons/endpoints";
export * from "./crons/literals";
export * from "./crons/options";
export * from "./crons/records";
export * from "./endpoint/encode";
export * from "./endpoint/endpoint";
export * from "./endpoint/wire-key";
export * from "./literals";
export * from "./options";
export * from "./platform-literals";
export * from "./records";
export * from "./request-options";
export * from "./run";
export * from "./runs/endpoints";
export { type JsonObject, JsonObjectSchema, openEnum } from "./schema-kit";
export * from "./store/endpoints";
export * from "./store/options";
export * from "./store/records";
export * from "./stream-part";
export * from "./stream-payloads";
export * from "./threads/endpoints";
export * from "./threads/literals";
export * from "./threads/options";
export * from "./threads/records";
export * from "./threads/stream-endpoint";
export * from "./threads/stream-mode";
export * from "./threads/stream-options";
export * from "./wire-body";
