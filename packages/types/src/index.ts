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
export * from "./check-options";
export * from "./crons/endpoints";
export * from "./endpoint/encode";
export * from "./endpoint/endpoint";
export * from "./endpoint/wire-key";
export * from "./runs/endpoints";
export * from "./schemas";
export * from "./store/endpoints";
export * from "./threads/endpoints";
export * from "./threads/stream-endpoint";
export * from "./wire-body";
