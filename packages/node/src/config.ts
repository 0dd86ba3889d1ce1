import { type ClientConfig, RunwireValidationError } from "@runwire/core";
import { createUndiciTransport, type UndiciTransportOptions } from "./undici-transport";

// The Node client's options and their one translation into core's, shared by `createClient` and
// the one-resource clients (`createRunsClient`, …).

/** `createClient` options for Node: the core options plus undici's. */
export interface NodeClientConfig extends Omit<ClientConfig, "transport">, UndiciTransportOptions {}

/** Core's options with the undici transport in (its `close()` releases the agent it made). */
export function nodeCoreConfig(config: NodeClientConfig): ClientConfig {
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
