import type { RunCreateMetadata } from "@runwire/types";

/**
 * Collects the new run's ids from runwire's `onRunCreated` (which reads them from the LangGraph
 * server's `Content-Location`) and gives that header's value back for the browser. runwire leaves
 * the ids as the header had them (still percent-encoded), so the value is rebuilt exactly.
 */
export function runLocation(): {
  readonly onRunCreated: (run: RunCreateMetadata) => void;
  readonly value: () => string | null;
} {
  let location: string | null = null;
  return {
    onRunCreated: (run) => {
      location =
        run.thread_id === null
          ? `/runs/${run.run_id}`
          : `/threads/${run.thread_id}/runs/${run.run_id}`;
    },
    value: () => location,
  };
}
