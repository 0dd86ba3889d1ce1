import { describe, expect, it } from "vitest";
import * as runwire from "../src/index";

// Until its transport lands, @runwire/edge re-exports core: one import gives the client, the
// errors and the wire types. Core's default transport is the platform fetch.
describe("@runwire/edge exports", () => {
  it("gives a working createClient and the core surface", () => {
    const client = runwire.createClient({ apiUrl: "http://127.0.0.1:1", apiKey: null });
    expect(typeof client.runs.stream).toBe("function");
    expect(runwire.STREAM_MODES).toContain("messages-tuple");
    expect(new runwire.NotFoundError("x", { status: 404 })).toBeInstanceOf(runwire.APIStatusError);
  });
});
