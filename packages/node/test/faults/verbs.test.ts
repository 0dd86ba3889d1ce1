/**
 * Every verb on the wire: the undici transport sends GET, POST, PUT, PATCH and DELETE (with a
 * JSON body, as the store's `DELETE /store/items`, and without) to a real local HTTP server (the
 * fault server, which records each request as it arrived), with the method, the body's bytes,
 * its content type and length exactly as given, one request each.
 */
import { type FaultServer, type RecordedRequest, startFaultServer } from "@runwire/fault-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { HttpMethod, TransportRequest } from "../../src/index";
import { createUndiciTransport, type UndiciTransport } from "../../src/undici-transport";

let server: FaultServer;
let undici: UndiciTransport;
beforeAll(async () => {
  server = await startFaultServer();
  undici = createUndiciTransport();
});
afterAll(async () => {
  await undici?.close();
  await server?.close();
});
beforeEach(() => {
  server.reset();
  // The fault server has no store or thread routes: every request here gets a JSON 200.
  server.fault(
    { path: /^\/(store|threads)\// },
    { times: Number.POSITIVE_INFINITY, status: 200, body: '{"ok":true}' },
  );
});

// Multi-byte characters, so that the byte count and the character count differ.
const ITEM = '{"namespace":["docs","u1"],"key":"k","value":{"title":"Tides","note":"été ✓ 🌊"}}';
const ITEM_KEY = '{"namespace":["docs","u1"],"key":"k"}';
const METADATA = '{"metadata":{"reviewed":"oui ✓"}}';

/** Sends one request through the transport, as core would (headers ready, body encoded). */
async function send(method: HttpMethod, path: string, body?: string) {
  const headers = new Headers({ accept: "application/json" });
  if (body !== undefined) headers.set("content-type", "application/json");
  const request: TransportRequest = {
    method,
    url: `${server.url}${path}`,
    headers,
    body,
    signal: AbortSignal.timeout(10_000),
  };
  const response = await undici.transport(request);
  return { status: response.status, text: await new Response(response.body).text() };
}

/** The one request the server received. */
function received(): RecordedRequest {
  expect(server.requests).toHaveLength(1);
  return server.requests[0] as RecordedRequest;
}

function expectJsonBody(request: RecordedRequest, body: string) {
  expect(request.body).toBe(body);
  expect(request.headers["content-type"]).toBe("application/json");
  expect(request.headers["content-length"]).toBe(String(Buffer.byteLength(body, "utf8")));
  expect(request.headers["transfer-encoding"]).toBeUndefined();
}

describe("the undici transport sends every verb as given", () => {
  it.each([
    ["PUT", "/store/items", ITEM],
    ["PATCH", "/threads/3f1c6d9e-0000-4000-8000-000000000001", METADATA],
    ["DELETE", "/store/items", ITEM_KEY],
    ["POST", "/store/items/search", '{"namespace_prefix":["docs"],"limit":10}'],
  ] as const)(
    "%s %s with a JSON body: method, bytes, content-type and -length",
    async (method, path, body) => {
      expect(await send(method, path, body)).toEqual({ status: 200, text: '{"ok":true}' });
      const request = received();
      expect(request.requestLine).toBe(`${method} ${path} HTTP/1.1`);
      expectJsonBody(request, body);
    },
  );

  it("PUT sends the body's UTF-8 bytes, not its characters (no re-encoding, no escaping)", async () => {
    await send("PUT", "/store/items", ITEM);
    const request = received();
    expect(Buffer.from(request.body, "utf8").equals(Buffer.from(ITEM, "utf8"))).toBe(true);
    // 81 UTF-16 units, 87 bytes: é (twice) takes 2 bytes, ✓ 3, and 🌊 4 (2 units).
    expect(ITEM.length).toBe(81);
    expect(request.headers["content-length"]).toBe("87");
  });

  it("GET and a DELETE without a body send no body, no content-type and no content-length", async () => {
    await send("GET", "/store/items?namespace=docs.u1&key=k");
    await send("DELETE", "/threads/3f1c6d9e-0000-4000-8000-000000000001");
    expect(server.requests.map((r) => r.requestLine)).toEqual([
      "GET /store/items?namespace=docs.u1&key=k HTTP/1.1",
      "DELETE /threads/3f1c6d9e-0000-4000-8000-000000000001 HTTP/1.1",
    ]);
    for (const request of server.requests) {
      expect(request.body).toBe("");
      expect(request.headers["content-type"]).toBeUndefined();
      expect(request.headers["content-length"]).toBeUndefined();
      expect(request.headers["transfer-encoding"]).toBeUndefined();
    }
  });

  it("sends every verb in turn through one transport, each exactly once", async () => {
    // A DELETE with a body is one undici does not keep its connection open after (RFC 9110 gives
    // such a body no meaning): the request after it must still go out, on a new connection.
    const sequence: Array<[HttpMethod, string, string | undefined]> = [
      ["PUT", "/store/items", ITEM],
      ["GET", "/store/items?namespace=docs.u1&key=k", undefined],
      ["DELETE", "/store/items", ITEM_KEY],
      ["PATCH", "/threads/3f1c6d9e-0000-4000-8000-000000000001", METADATA],
      ["POST", "/store/items/search", "{}"],
    ];
    for (const [method, path, body] of sequence) {
      expect((await send(method, path, body)).status).toBe(200);
    }
    expect(server.requests.map((r) => [r.method, r.target, r.body])).toEqual(
      sequence.map(([method, path, body]) => [method, path, body ?? ""]),
    );
    for (const request of server.requests.filter((r) => r.body !== "")) {
      expectJsonBody(request, request.body);
    }
  });
});
