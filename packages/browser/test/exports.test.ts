import { describe, expect, it } from "vitest";
import * as runwire from "../src/index";

// The runtime values @runwire/browser exports: its own Client / createClient (on ky), core's
// error classes and RunStream. Everything else it exports is a type; the schemas and wire
// mappings come from @runwire/types; its ky transport is private (`ky` is a client option).
const PUBLIC_VALUES = [
  "APIConnectionError",
  "APIError",
  "APIStatusError",
  "APITimeoutError",
  "AuthenticationError",
  "BadRequestError",
  "Client",
  "ClientClosedError",
  "ConflictError",
  "InternalServerError",
  "InvalidResponseError",
  "NotFoundError",
  "PermissionDeniedError",
  "RateLimitError",
  "RunError",
  "RunStream",
  "RunwireError",
  "RunwireValidationError",
  "UnprocessableEntityError",
  "createClient",
];

describe("@runwire/browser exports", () => {
  it("exports the client, the error classes and RunStream, and no other value", () => {
    expect(Object.keys(runwire).sort()).toEqual(PUBLIC_VALUES);
  });

  it("gives its own createClient and Client, and core's errors", () => {
    const client = runwire.createClient({ apiUrl: "http://127.0.0.1:1", apiKey: null });
    expect(client).toBeInstanceOf(runwire.Client);
    expect(typeof client.runs.stream).toBe("function");
    expect(new runwire.NotFoundError("x", { status: 404 })).toBeInstanceOf(runwire.APIStatusError);
  });
});
