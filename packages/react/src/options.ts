import { RunwireValidationError } from "@runwire/browser";
import type { NotifySchedule } from "@runwire/ui";
import type { UseStreamOptions } from "./types";

// The hook's options, checked before anything is sent, and `throttle` in the store's terms.

/**
 * Refuses options the hook cannot use, naming the field: thrown while rendering, before any
 * request.
 */
export function checkOptions<State>(options: UseStreamOptions<State>): void {
  if (typeof options !== "object" || options === null) {
    throw new RunwireValidationError("useStream: options must be an object", {
      field: "options",
      received: options,
    });
  }
  const { assistantId, messagesKey, throttle } = options;
  if (typeof assistantId !== "string" || assistantId === "") {
    throw new RunwireValidationError("useStream: assistantId must be a non-empty string", {
      field: "assistantId",
      received: assistantId,
    });
  }
  if (messagesKey !== undefined && (typeof messagesKey !== "string" || messagesKey === "")) {
    throw new RunwireValidationError("useStream: messagesKey must be a non-empty string", {
      field: "messagesKey",
      received: messagesKey,
    });
  }
  const finite = typeof throttle === "number" && Number.isFinite(throttle) && throttle >= 0;
  if (throttle !== undefined && typeof throttle !== "boolean" && !finite) {
    throw new RunwireValidationError(
      "useStream: throttle must be a boolean or a number of milliseconds >= 0",
      { field: "throttle", received: throttle },
    );
  }
}

/**
 * The store's notification schedule for the official `throttle` option: left out, once per
 * animation frame; a number, at most once per that many ms; `true`, once per macrotask (a
 * 0 ms timer, as the official hook batches); `false`, on every change.
 */
export function notifyOf(throttle: number | boolean | undefined): NotifySchedule {
  if (throttle === undefined) return "frame";
  if (throttle === false) return "sync";
  return throttle === true ? 0 : throttle;
}
