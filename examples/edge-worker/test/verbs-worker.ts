// A worker of the test's own (bundled and run in workerd as the example's is): every verb through
// @runwire/edge's fetch transport, from inside workerd.
//
//   GET /verbs/to-recorder?to=<url>   every verb to a recording server: answers the statuses
//   GET /verbs/to-langgraph?to=<url>  every verb's work on the LangGraph server: the answers
//
// A failure is answered 500 with its message, for the test to show.
import { createFetchTransport } from "@runwire/core/internal";
import { roundTripOnLangGraph, sendEveryVerb } from "@runwire/runtime-smoke/verbs-round-trip";

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const to = url.searchParams.get("to") ?? "";
    const transport = createFetchTransport();
    try {
      if (url.pathname === "/verbs/to-recorder") {
        return Response.json(await sendEveryVerb(transport, to));
      }
      if (url.pathname === "/verbs/to-langgraph") {
        return Response.json(await roundTripOnLangGraph(transport, to));
      }
    } catch (error) {
      return Response.json({ error: String(error) }, { status: 500 });
    }
    return new Response("GET /verbs/to-recorder?to=<url> or /verbs/to-langgraph?to=<url>\n", {
      status: 404,
    });
  },
};
