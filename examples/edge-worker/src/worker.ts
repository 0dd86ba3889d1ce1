// A Cloudflare Worker (run here by workerd) that streams a run from a LangGraph server with
// @runwire/edge and re-streams its parts to its own caller as server-sent events, each part as it
// arrives.
//
//   GET /stream?graph=chat&message=Why%20are%20there%20tides%3F
//
// answers `text/event-stream`: one `event: <part type>` / `data: <the v2 part as JSON>` per part,
// then `event: end` with the count, or `event: error` if the run stream fails midway. A failure
// before the first part (an unknown graph, an unreachable server) is answered with its HTTP
// status and the runwire error as JSON.
import { APIStatusError, createClient, RunwireError } from "@runwire/edge";

/**
 * The worker's bindings (config.capnp: from the environment variables of the same names; on
 * Cloudflare, `vars` and secrets of the same names).
 */
export interface Env {
  /** The LangGraph server, e.g. `https://my-deployment.example`. */
  readonly LANGGRAPH_API_URL: string;
  /** Its API key, sent as `x-api-key`; unset or empty: none. */
  readonly LANGGRAPH_API_KEY?: string;
}

const encoder = new TextEncoder();
const sse = (event: string, data: unknown) =>
  encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname !== "/stream") {
      return new Response("GET /stream?graph=<graph>&message=<text>\n", { status: 404 });
    }
    const graph = url.searchParams.get("graph") ?? "chat";
    const message = url.searchParams.get("message") ?? "Why are there tides?";

    // A worker has no process environment: the key comes from its binding, never from a lookup.
    const client = createClient({
      apiUrl: env.LANGGRAPH_API_URL,
      apiKey: env.LANGGRAPH_API_KEY ?? null,
    });
    const stream = client.runs.stream(null, graph, {
      input: { messages: [{ type: "human", content: message }] },
      streamMode: ["messages-tuple", "values"],
      version: "v2",
    });

    // The first part is awaited before answering, so that a run which cannot start is answered
    // with a proper status instead of a stream that fails at once.
    let first: IteratorResult<unknown>;
    try {
      first = await stream.next();
    } catch (error) {
      return errorResponse(error);
    }

    let count = 0;
    let pending: IteratorResult<unknown> | undefined = first;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const result = pending ?? (await stream.next());
          pending = undefined;
          if (result.done) {
            controller.enqueue(sse("end", { parts: count }));
            controller.close();
            return;
          }
          count += 1;
          const part = result.value as { type: string };
          controller.enqueue(sse(part.type, part));
        } catch (error) {
          controller.enqueue(sse("error", describe(error)));
          controller.close();
        }
      },
      // The caller went away: close the connection to the LangGraph server too.
      cancel() {
        stream.abort();
      },
    });
    return new Response(body, {
      headers: { "content-type": "text/event-stream", "cache-control": "no-store" },
    });
  },
};

function errorResponse(error: unknown): Response {
  const status = APIStatusError.isInstance(error) ? error.status : 502;
  return Response.json({ error: describe(error) }, { status });
}

function describe(error: unknown): { name: string; message: string } {
  if (RunwireError.isInstance(error)) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}
