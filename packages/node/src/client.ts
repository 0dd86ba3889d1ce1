import { Client as CoreClient, type DefaultValues } from "@runwire/core";
import { type NodeClientConfig, nodeCoreConfig } from "./config";

/**
 * The LangGraph client for Node.js, on undici. Call `close()` (or use `await using`) when done:
 * it aborts whatever is still open on the client and closes its own undici agent (a
 * `dispatcher` you pass stays yours to close).
 *
 * @example
 * const client = new Client({ apiUrl: "http://127.0.0.1:2024" });
 * const run = await client.runs.create(null, "agent", { input: {} });
 * await client.close();
 */
export class Client<
  State = DefaultValues,
  Update = Partial<State>,
  Custom = unknown,
> extends CoreClient<State, Update, Custom> {
  constructor(config: NodeClientConfig = {}) {
    super(nodeCoreConfig(config));
  }
}

/**
 * Creates a Node.js client (the official JS client's options, plus undici's `dispatcher` and
 * `connectTimeoutMs`).
 *
 * @example
 * import { createClient } from "@runwire/node";
 * const client = createClient({ apiUrl: "http://127.0.0.1:2024" });
 * for await (const part of client.runs.stream(null, "agent", { input: {} })) console.log(part);
 */
export function createClient<State = DefaultValues, Update = Partial<State>, Custom = unknown>(
  config: NodeClientConfig = {},
): Client<State, Update, Custom> {
  return new Client<State, Update, Custom>(config);
}
