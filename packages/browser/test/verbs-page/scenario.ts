// Bundled for Chromium by chromium.test.ts (esbuild, from source): every verb through
// @runwire/browser's public client, from a page, to the page's own server (which answers as the
// LangGraph server would and records the wire) and cross-origin to the real LangGraph server
// (which does each verb's work).
import {
  type LangGraphRoundTrip,
  RECORDER_PATH,
  roundTripOnLangGraph,
  sendEveryVerb,
  type VerbOutcome,
} from "@runwire/runtime-smoke/verbs-round-trip";
import { createClient } from "../../src/index.ts";

/** Makes every verb's call to the page's origin; returns what each resolved to. */
async function verbsToOrigin(): Promise<VerbOutcome[]> {
  // The recorder's answers are checked against the response schemas too.
  const apiUrl = `${location.origin}${RECORDER_PATH}`;
  await using client = createClient({ apiUrl, apiKey: null, validateResponses: true });
  // Awaited here: the client is closed when the scope ends, which a returned promise outlives.
  return await sendEveryVerb(client);
}

/** Makes every verb do its work on the LangGraph server at `apiUrl`. */
async function verbsOnLangGraph(apiUrl: string): Promise<LangGraphRoundTrip> {
  await using client = createClient({ apiUrl, apiKey: null });
  return await roundTripOnLangGraph(client);
}

Object.assign(globalThis, { verbsToOrigin, verbsOnLangGraph });
