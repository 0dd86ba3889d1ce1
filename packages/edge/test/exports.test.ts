import { describe, expect, it } from "vitest";
import * as runwire from "../src/index";

// @runwire/edge re-exports core (one import gives the client, the errors and the wire types) and
// replaces its Client / createClient with ones on the platform fetch.
describe("@runwire/edge exports", () => {
  it("gives its own createClient and Client, and the core surface", () => {
    const client = runwire.createClient({ apiUrl: "http://127.0.0.1:1", apiKey: null });
    expect(client).toBeInstanceOf(runwire.Client);
    expect(typeof client.runs.stream).toBe("function");
    expect(typeof runwire.createFetchTransport).toBe("function");
    expect(runwire.STREAM_MODES).toContain("messages-tuple");
    expect(new runwire.NotFoundError("x", { status: 404 })).toBeInstanceOf(runwire.APIStatusError);
  });
});
