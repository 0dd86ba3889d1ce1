import { define } from "../define";

// Wire names are derived, never listed by hand: a camelCase option becomes its snake_case wire key,
// except for the few the API spells otherwise. A test walks every endpoint's option schema and
// fails when a key maps nowhere, so a new option can be neither dropped nor mis-cased.

/**
 * The options whose wire key is not their snake_case spelling. Everything else follows
 * `camelCase → snake_case` (`streamResumable → stream_resumable`).
 */
export const WIRE_KEY_OVERRIDES: Readonly<Record<string, string>> = {
  langsmithTracing: "langsmith_tracer",
};

const WIRE_NAME_OF_OVERRIDE: Readonly<Record<string, string>> = /*#__PURE__*/ define(() =>
  Object.fromEntries(Object.entries(WIRE_KEY_OVERRIDES).map(([option, wire]) => [wire, option])),
);

/**
 * The wire key of a camelCase option.
 *
 * @example
 * toWireKey("streamResumable"); // "stream_resumable"
 * toWireKey("langsmithTracing"); // "langsmith_tracer"
 */
export function toWireKey(option: string): string {
  return WIRE_KEY_OVERRIDES[option] ?? option.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * The camelCase option a wire key comes from (the inverse of {@link toWireKey}), for error
 * messages that name what the caller wrote.
 *
 * @example
 * toOptionName("stream_resumable"); // "streamResumable"
 */
export function toOptionName(wireKey: string): string {
  return (
    WIRE_NAME_OF_OVERRIDE[wireKey] ??
    wireKey.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
  );
}
