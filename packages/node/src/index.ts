/**
 * `@runwire/node`: the LangGraph API client (runs, assistants, threads, crons, store) for Node.js, on undici. One import gives the client,
 * `@runwire/node`: the LangGraph API client (runs, assistants, threads, crons, store) for Node.js, on undici. One import gives the client,
 * every error class, `RunStream` and every type; the schemas, literals and wire mappings are
 * imported from `@runwire/types`.
 *
 * @packageDocumentation
 * @module @runwire/node
 *
 * @example
 * import { createClient, NotFoundError } from "@runwire/node";
 * const client = createClient({ apiUrl: "http://127.0.0.1:2024" });
 */
// Core's root is the public surface (the client, the error classes, `RunStream`, the types); this
// package's own client and factories, exported below, take the place of core's.
export * from "@runwire/core";
export { createAssistantsClient } from "./assistants-only-client";
export { Client, createClient } from "./client";
export type { NodeClientConfig } from "./config";
export { createCronsClient } from "./crons-only-client";
export { createRunsClient } from "./runs-only-client";
export { createStoreClient } from "./store-only-client";
export { createThreadsClient } from "./threads-only-client";
export type { UndiciTransportOptions } from "./undici-transport";
