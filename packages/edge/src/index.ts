/**
 * `@runwire/edge`: the LangGraph API client (runs, assistants, threads, crons, store) for edge runtimes (Cloudflare Workers, Vercel Edge,
 * Deno, Bun), on the platform `fetch` alone: no Node built-in, no polyfill. One import gives the
 * client, every error class, `RunStream` and every type; the schemas, literals and wire mappings
 * are imported from `@runwire/types`.
 *
 * @packageDocumentation
 * @module @runwire/edge
 *
 * @example
 * import { createClient, NotFoundError } from "@runwire/edge";
 * const client = createClient({ apiUrl: "http://127.0.0.1:2024", apiKey: null });
 */
// Core's root is the public surface (the client, the error classes, `RunStream`, the types); this
// package's own client and factories, exported below, take the place of core's.
export * from "@runwire/core";
export { createAssistantsClient } from "./assistants-only-client";
export { Client, createClient } from "./client";
export type { EdgeClientConfig, EdgeFetch } from "./config";
export { createCronsClient } from "./crons-only-client";
export { createRunsClient } from "./runs-only-client";
export { createStoreClient } from "./store-only-client";
export { createThreadsClient } from "./threads-only-client";
