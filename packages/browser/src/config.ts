import { type ClientConfig, RunwireValidationError } from "@runwire/core";
import type { KyInstance } from "ky";
import { createKyTransport } from "./ky-transport";

// The browser client's options and their one translation into core's, shared by `createClient`
// and the one-resource clients (`createRunsClient`, …).

/** `createClient` options for browsers: the core options, plus the ky instance to send through. */
export interface BrowserClientConfig extends Omit<ClientConfig, "transport"> {
  /**
   * Send through this ky instance (`ky.create({ credentials: "include", hooks: … })`): its
   * `fetch`, default headers and hooks apply. runwire switches its retries and timeout off (core
   * has its own) and never follows redirects. Default: ky's default instance.
   */
  ky?: KyInstance | undefined;
}

/** Core's options with the ky transport; a config that is no object is left for core to refuse. */
export function coreConfig(config: BrowserClientConfig): ClientConfig {
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
