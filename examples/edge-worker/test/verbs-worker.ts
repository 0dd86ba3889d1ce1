// A worker of the test's own (bundled and run in workerd as the example's is): every verb through
// @runwire/edge's public client, from inside workerd.
//
//   GET /verbs/to-recorder?to=<apiUrl>   every verb's call to a recording server: the outcomes
//   GET /verbs/to-langgraph?to=<url>     every verb's work on the LangGraph server: the answers
//
// A failure is answered 500 with its message, for the test to show.
import { createClient } from "@runwire/edge";
import { roundTripOnLangGraph, sendEveryVerb } from "@runwire/runtime-smoke/verbs-round-trip";

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const apiUrl = url.searchParams.get("to") ?? "";
    try {
      if (url.pathname === "/verbs/to-recorder") {
        // The recorder's answers are checked against the response schemas too.
        await using client = createClient({ apiUrl, apiKey: null, validateResponses: true });
        return Response.json(await sendEveryVerb(client));
      }
      if (url.pathname === "/verbs/to-langgraph") {
        await using client = createClient({ apiUrl, apiKey: null });
        return Response.json(await roundTripOnLangGraph(client));
      }
    } catch (error) {
      return Response.json({ error: String(error) }, { status: 500 });
    }
    return new Response("GET /verbs/to-recorder?to=<apiUrl> or /verbs/to-langgraph?to=<url>\n", {
      status: 404,
    });
  },
};
