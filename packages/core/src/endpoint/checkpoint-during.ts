// `checkpointDuring` is still sent where the API takes it (the runs that start a run, the cron
// create methods), with the same console warning on every call that sets it.

const DEPRECATED_CHECKPOINT_DURING =
  "`checkpointDuring` is deprecated and will be removed in a future version. Use `durability` instead.";

/**
 * Warns on the console when checked options set `checkpointDuring` (`null` counts as not set).
 *
 * @example
 * warnIfCheckpointDuring(options); // before sending runs.create, crons.create, …
 */
export function warnIfCheckpointDuring(options: {
  checkpointDuring?: boolean | null | undefined;
}): void {
  if (options.checkpointDuring !== undefined && options.checkpointDuring !== null) {
    globalThis.console?.warn(DEPRECATED_CHECKPOINT_DURING);
  }
}
