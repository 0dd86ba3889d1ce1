import {
  type ClientConfig,
  Client as CoreClient,
  type DefaultValues,
  RunwireValidationError,
} from "@runwire/core";
import type { KyInstance } from "ky";
import { createKyTransport } from "./ky-transport";

/** `createClient` options for browsers: the core options, plus the ky instance to send through. */
export interface BrowserClientConfig extends Omit<ClientConfig, "transport"> {
  /**
   * Send through this ky instance (`ky.create({ credentials: "include", hooks: … })`): its
   * `fetch`, default headers and hooks apply. runwire switches its retries and timeout off (core
   * has its own) and never follows redirects. Default: ky's default instance.
   */
  ky?: KyInstance | undefined;
}

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

/** Core's options with the ky transport; a config that is no object is left for core to refuse. */
function coreConfig(config: BrowserClientConfig): ClientConfig {
  if (typeof config !== "object" || config === null) return config;
  const { ky, ...core } = config;
  if ("transport" in core) {
    throw new RunwireValidationError(
      'createClient: unknown option "transport": @runwire/browser sends through ky (pass `ky` for an instance of your own); for a transport of your own, use createClient from @runwire/core',
      { field: "transport" },
    );
  }
  return { ...core, transport: createKyTransport({ ky }) };
}
