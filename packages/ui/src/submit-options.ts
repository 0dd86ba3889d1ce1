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

/** Why the official hook's submit options that the store does not take are left out. */
const NOT_OFFERED: Record<string, string> = {
  onDisconnect: 'runs are always left running on a disconnect ("continue"); stop() cancels',
  streamResumable: "runs are always resumable",
  onCompletion: "a stateless-run option; the store always runs on a thread",
  feedbackKeys: "create such runs with client.runs.stream",
  runId: "create such runs with client.runs directly",
  durability: "create such runs with client.runs directly",
  strictResume: "create such runs with client.runs directly",
};

/** The error for the first option `submit` does not take, or undefined when all are known. */
export function refusedSubmitOption(options: object): RunwireValidationError | undefined {
  for (const key of Object.keys(options)) {
    if (SUBMIT_OPTIONS.has(key)) continue;
    const why = NOT_OFFERED[key];
    const camel = key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
    const hint =
      why !== undefined
        ? ` (not offered: ${why})`
        : camel !== key && SUBMIT_OPTIONS.has(camel)
          ? ` (did you mean ${camel}?)`
          : "";
    return new RunwireValidationError(`submit: ${key} is not a submit option${hint}`, {
      field: key,
      received: (options as Record<string, unknown>)[key],
    });
  }
  return undefined;
}
