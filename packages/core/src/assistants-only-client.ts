import { AssistantsClient } from "./assistants/assistants-client";
import { ClientBase, httpOf } from "./client-base";
import type { ClientConfig } from "./config";

// The assistants resource alone, in a file that imports no other resource: a bundle of
// `createAssistantsClient` holds neither `Client` nor the runs (stream engine included) and store
// code and schemas.

/**
 * A client with only `assistants` (and `close()` / `await using`), as `createAssistantsClient`
 * makes it.
 *
 * @example
 * const client: AssistantsOnlyClient = createAssistantsClient({ apiUrl: "http://127.0.0.1:2024" });
 * const assistant = await client.assistants.get("agent");
 */
export class AssistantsOnlyClient extends ClientBase {
  /** Get, create, update, delete, search and count assistants, their versions and graphs. */
  readonly assistants: AssistantsClient;

  /** @internal Made by `createAssistantsClient`. */
  constructor(config: ClientConfig = {}) {
    super(config);
    this.assistants = new AssistantsClient(httpOf(this));
  }
}

/**
 * Creates a client with only the assistants resource: the options of `createClient`, the same
 * `assistants`, `close()` and `await using`, and a smaller bundle (no runs or store code).
 * Invalid options throw a `RunwireValidationError` naming the option.
 *
 * @example
 * const client = createAssistantsClient({ apiUrl: "http://localhost:2024", apiKey: null });
 * const assistants = await client.assistants.search({ graphId: "agent" });
 */
export function createAssistantsClient(config: ClientConfig = {}): AssistantsOnlyClient {
  return new AssistantsOnlyClient(config);
}
