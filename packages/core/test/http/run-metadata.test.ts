import { describe, expect, it } from "vitest";
import { runMetadataFromContentLocation } from "../../src/http/index";

describe("§6.I 109: runMetadataFromContentLocation, every row of §4.9", () => {
  it.each([
    ["/threads/t1/runs/r1", { run_id: "r1", thread_id: "t1" }],
    ["/runs/r1", { run_id: "r1", thread_id: null }],
    ["https://h/api/threads/t1/runs/r1", { run_id: "r1", thread_id: "t1" }],
    ["/threads/t1/runs/r1/stream", { run_id: "r1/stream", thread_id: "t1" }],
    ["/threads/a/runs/b/runs/c", { run_id: "c", thread_id: "a/runs/b" }],
    ["/threads//runs/r", { run_id: "r", thread_id: null }],
    ["/threads/t%2F1/runs/r?x=1", { run_id: "r?x=1", thread_id: "t%2F1" }],
    ["/foo/runs/r1", { run_id: "r1", thread_id: null }],
  ])("%s → %o", (value, expected) => {
    expect(runMetadataFromContentLocation(value)).toEqual(expected);
  });

  it.each(["/runs/", "runs/r1", "/threads/t1/runs", "", null])("%j → null", (value) => {
    expect(runMetadataFromContentLocation(value)).toBeNull();
  });

  it("reads the real server's header from a Headers object", () => {
    const headers = new Headers({
      "Content-Location":
        "/threads/01a20f17-cc30-739c-b5fa-c3aace8bffff/runs/01a20f17-cc67-71d4-9f18-117ddda6ac99",
    });
    expect(runMetadataFromContentLocation(headers.get("content-location"))).toEqual({
      run_id: "01a20f17-cc67-71d4-9f18-117ddda6ac99",
      thread_id: "01a20f17-cc30-739c-b5fa-c3aace8bffff",
    });
    expect(runMetadataFromContentLocation(new Headers().get("content-location"))).toBeNull();
  });
});
