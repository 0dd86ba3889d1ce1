import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A small real HTTP server standing in for the LangGraph server where a test must see exactly what
// the proxy sends, or must make the upstream misbehave (cut a stream) in a way the real one won't.

/** One request as the recording server received it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage["headers"];
  /** The JSON body, parsed. */
  readonly body: unknown;
}

/** How the server answers a request (after recording it). */
export type Respond = (response: ServerResponse, request: RecordedRequest) => void | Promise<void>;

/** Writes one SSE event as the LangGraph server frames it; resolves once it is on the socket. */
export function writeEvent(response: ServerResponse, event: string, data: unknown): Promise<void> {
  return new Promise((resolve) => {
    response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`, () => resolve());
  });
}

/** Starts a recording server on a free port of 127.0.0.1. */
export async function startRecordingUpstream(respond: Respond) {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (incoming, response) => {
    let text = "";
    for await (const chunk of incoming) text += chunk;
    const request: RecordedRequest = {
      method: incoming.method ?? "",
      path: incoming.url ?? "",
      headers: incoming.headers,
      body: text === "" ? undefined : JSON.parse(text),
    };
    requests.push(request);
    await respond(response, request);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
