import { Client as CoreClient, type DefaultValues } from "@runwire/core";
import { coreConfig, type EdgeClientConfig } from "./config";

/**
 * The LangGraph client for edge runtimes (Cloudflare Workers, Vercel Edge, Deno, Bun), on the
 * platform `fetch`. `close()` (or `await using`) aborts whatever is still open on the client; the
 * runtime owns the connections themselves.
 *
 * @example
 * export default {
 *   async fetch(request: Request, env: { LANGGRAPH_API_URL: string }) {
 *     const client = new Client({ apiUrl: env.LANGGRAPH_API_URL, apiKey: null });
 *     const run = await client.runs.wait(null, "agent", { input: {} });
 *     return Response.json(run);
 *   },
 * };
 */
export class Client<
  State = DefaultValues,
  Update = Partial<State>,
  Custom = unknown,
> extends CoreClient<State, Update, Custom> {
  constructor(config: EdgeClientConfig = {}) {
    super(coreConfig(config));
  }
}

/**
 * Creates an edge client (the official JS client's options, plus `fetch`).
 *
 * @example
 * import { createClient } from "@runwire/edge";
 * const client = createClient({ apiUrl: "http://127.0.0.1:2024", apiKey: null });
 * for await (const part of client.runs.stream(null, "agent", { input: {} })) console.log(part);
 */
export function createClient<State = DefaultValues, Update = Partial<State>, Custom = unknown>(
  config: EdgeClientConfig = {},
): Client<State, Update, Custom> {
  return new Client<State, Update, Custom>(config);
}
