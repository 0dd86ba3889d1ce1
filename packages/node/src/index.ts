/**
 * `@runwire/node`: the LangGraph runs client for Node.js, on undici. One import gives the client,
 * every error class and every type.
 *
 * @packageDocumentation
 * @module @runwire/node
 *
 * @example
 * import { createClient, NotFoundError } from "@runwire/node";
 * const client = createClient({ apiUrl: "http://127.0.0.1:2024" });
 */
export * from "@runwire/core";
export { Client, createClient, type NodeClientConfig } from "./client";
export {
  createUndiciTransport,
  type UndiciTransport,
  type UndiciTransportOptions,
} from "./undici-transport";
