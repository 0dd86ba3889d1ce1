// Bundled for Chromium by chromium.test.ts (esbuild, from source): every verb through the ky
// transport, from a page, to the page's own server (which records the wire) and cross-origin to
// the real LangGraph server (which does each verb's work).
import {
  type LangGraphRoundTrip,
  roundTripOnLangGraph,
  sendEveryVerb,
} from "@runwire/runtime-smoke/verbs-round-trip";
import { createKyTransport } from "../../src/ky-transport.ts";

/** Sends every verb to the page's origin; returns the statuses. */
function verbsToOrigin(): Promise<number[]> {
  return sendEveryVerb(createKyTransport(), location.origin);
}

/** Makes every verb do its work on the LangGraph server at `apiUrl`. */
function verbsOnLangGraph(apiUrl: string): Promise<LangGraphRoundTrip> {
  return roundTripOnLangGraph(createKyTransport(), apiUrl);
}

Object.assign(globalThis, { verbsToOrigin, verbsOnLangGraph });
