/**
 * `@runwire/browser`: the LangGraph runs client for browsers, on ky. One import gives the client,
 * every error class and every type.
 *
 * @packageDocumentation
 * @module @runwire/browser
 *
 * @example
 * import { createClient, NotFoundError } from "@runwire/browser";
 * const client = createClient({ apiUrl: "http://127.0.0.1:2024", apiKey: null });
 */
export * from "@runwire/core";
export { type BrowserClientConfig, Client, createClient } from "./client";
export { createKyTransport, type KyTransportOptions } from "./ky-transport";
