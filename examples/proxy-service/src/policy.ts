// What browsers may ask of the LangGraph server through this proxy, beyond a well-formed body.

/** The proxy's policy. */
export interface ProxyPolicy {
  /** The assistants (or graph ids) browsers may run; any other `assistant_id` gets a 403. */
  readonly allowedAssistants: ReadonlySet<string>;
}

/**
 * Body fields a browser may not set, and why. A webhook makes the LangGraph server call a URL of
 * the caller's choosing from inside your network; if you need one, set it in the proxy's code.
 */
export const BLOCKED_FIELDS: ReadonlyMap<string, string> = new Map([
  ["webhook", "the LangGraph server would call that URL from inside the network"],
]);
