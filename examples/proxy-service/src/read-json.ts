import type { Context } from "hono";
import { badRequest, type Refusal } from "./request-error";

/** The request's JSON body, or the 400 for a body that is not JSON. */
export async function readJsonBody(
  c: Context,
  label: string,
): Promise<{ ok: true; value: unknown } | { ok: false; refusal: Refusal }> {
  try {
    return { ok: true, value: await c.req.json() };
  } catch {
    return {
      ok: false,
      refusal: badRequest("invalid_json", null, `${label}: the body is not valid JSON`),
    };
  }
}
