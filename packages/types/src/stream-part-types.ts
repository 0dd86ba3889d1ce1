import { define } from "./define";

// The `type`s of v2 stream parts, apart from their zod schemas so that runwire's runtime
// (@runwire/types/runtime) can read them without loading zod.

/** The `type` of each typed v2 stream part (docs/spec/runs.md §2.14). */
export const STREAM_PART_V2_TYPES = [
  "values",
  "updates",
  "messages/partial",
  "messages/complete",
  "messages/metadata",
  "messages",
  "custom",
  "checkpoints",
  "tasks",
  "debug",
  "metadata",
] as const;

/** Every `type` a typed v2 part can have: docs/spec/runs.md's, `error`, and the `events`, `tools` and `lifecycle` modes. */
export const TYPED_STREAM_PART_V2_TYPES = /*#__PURE__*/ define(
  () => [...STREAM_PART_V2_TYPES, "error", "events", "tools", "lifecycle"] as const,
);
