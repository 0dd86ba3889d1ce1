import { RunwireError, type RunwireErrorOptions } from "./runwire-error";

/**
 * The client was closed (`client.close()`, or the end of an `await using` scope): a request or
 * stream still open at that moment is aborted with it, and any call made afterwards fails with it
 * before sending. Never retried. Create a new client to send more requests.
 *
 * @example
 * try {
 *   for await (const part of stream) console.log(part);
 * } catch (err) {
 *   if (ClientClosedError.isInstance(err)) return; // shutting down
 *   throw err;
 * }
 */
export class ClientClosedError extends RunwireError {
  static override readonly kind: string = "ClientClosedError";

  constructor(
    message = "The client was closed; create a new client to send more requests.",
    options: RunwireErrorOptions = {},
  ) {
    super(message, options);
  }
}
