import {
  type ClientConfig,
  Client as CoreClient,
  type DefaultValues,
  RunwireValidationError,
} from "@runwire/core";
import { createUndiciTransport, type UndiciTransportOptions } from "./undici-transport";

/** `createClient` options for Node: the core options plus undici's. */
export interface NodeClientConfig extends Omit<ClientConfig, "transport">, UndiciTransportOptions {}

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

/** Core's options with the undici transport in (its `close()` releases the agent it made). */
function nodeCoreConfig(config: NodeClientConfig): ClientConfig {
  // Anything but an options object goes to core as it is, which refuses it with a hint.
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    return config as ClientConfig;
  }
  if ("transport" in config) {
    throw new RunwireValidationError(
      'createClient: unknown option "transport": @runwire/node sends through undici; pass `dispatcher` to choose how, or use @runwire/core for another transport',
      { field: "transport" },
    );
  }
  // An agent made here holds no socket until a request: if core refuses an option below, nothing
  // is left open.
  const { dispatcher, connectTimeoutMs, ...core } = config;
  const undici = createUndiciTransport({ dispatcher, connectTimeoutMs });
  return { ...core, transport: undici.transport };
}
