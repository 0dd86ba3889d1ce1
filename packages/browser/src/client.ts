import { Client as CoreClient, type DefaultValues } from "@runwire/core";
import { type BrowserClientConfig, coreConfig } from "./config";

/**
 * The LangGraph client for browsers, on ky. `close()` (or `await using`) aborts whatever is still
 * open on the client; the browser owns the connections themselves.
 *
 * @example
 * const client = new Client({ apiUrl: "https://my-deployment.example.com", apiKey: null });
 * const run = await client.runs.create(null, "agent", { input: {} });
 */
export class Client<
  State = DefaultValues,
  Update = Partial<State>,
  Custom = unknown,
> extends CoreClient<State, Update, Custom> {
  constructor(config: BrowserClientConfig = {}) {
    super(coreConfig(config));
  }
}

/**
 * Creates a browser client (the official JS client's options, plus `ky`).
 *
 * @example
 * import { createClient } from "@runwire/browser";
 * const client = createClient({ apiUrl: "http://127.0.0.1:2024", apiKey: null });
 * for await (const part of client.runs.stream(null, "agent", { input: {} })) console.log(part);
 */
export function createClient<State = DefaultValues, Update = Partial<State>, Custom = unknown>(
  config: BrowserClientConfig = {},
): Client<State, Update, Custom> {
  return new Client<State, Update, Custom>(config);
}
