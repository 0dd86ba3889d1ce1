import { describe, expect, it } from "vitest";
import * as core from "../src/index";
import * as internal from "../src/internal";

// The runtime values of @runwire/core's two entries. The root is the surface kept stable: the
// client, the error classes and RunStream (everything else it exports is a type; the schemas and
// wire mappings are @runwire/types' own). `@runwire/core/internal` is what runwire's packages,
// bench and tests share, unstable by contract.
describe("@runwire/core exports", () => {
  it("exports the client, the error classes and RunStream, and no other value", () => {
    expect(Object.keys(core).sort()).toEqual([
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
      "createAssistantsClient",
      "createClient",
      "createCronsClient",
      "createRunsClient",
      "createStoreClient",
      "createThreadsClient",
    ]);
  });

  it("keeps the fetch transport and the SSE decoder on @runwire/core/internal", () => {
    expect(Object.keys(internal).sort()).toEqual([
      "SseDecoderStream",
      "createFetchTransport",
      "createSseDecoder",
    ]);
  });
});
