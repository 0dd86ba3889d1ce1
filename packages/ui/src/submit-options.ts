import { RunwireValidationError } from "@runwire/core";

// `submit` takes the options the store passes on; a key it does not know would be dropped
// silently (an official-hook option such as `durability`, a typo, a snake_case spelling), so it
// is refused, named, before anything is sent.

const SUBMIT_OPTIONS = new Set([
  "command",
  "config",
  "context",
  "metadata",
  "checkpoint",
  "interruptBefore",
  "interruptAfter",
  "multitaskStrategy",
  "streamMode",
  "streamSubgraphs",
  "optimisticValues",
  "threadId",
  "threadMetadata",
  "onError",
]);

/** The error for the first option `submit` does not take, or undefined when all are known. */
export function refusedSubmitOption(options: object): RunwireValidationError | undefined {
  for (const key of Object.keys(options)) {
    if (SUBMIT_OPTIONS.has(key)) continue;
    const camel = key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
    // The official hook's other options (durability, runId, onDisconnect, …) are listed, with
    // the reason each is left out, in the READMEs' "Not offered".
    const hint =
      camel !== key && SUBMIT_OPTIONS.has(camel)
        ? ` (did you mean ${camel}?)`
        : " (the README lists what is not offered, and why)";
    return new RunwireValidationError(`submit: ${key} is not a submit option${hint}`, {
      field: key,
      received: (options as Record<string, unknown>)[key],
    });
  }
  return undefined;
}
