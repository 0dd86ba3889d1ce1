import type { Client } from "@runwire/node";
import type { ProxyPolicy } from "../policy";

/** The runwire client the proxy forwards with: one for the whole process. */
export type UpstreamClient = Pick<Client, "runs">;

/** What every route needs. */
export interface RouteDeps {
  readonly upstream: UpstreamClient;
  readonly policy: ProxyPolicy;
}
