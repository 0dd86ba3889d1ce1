// Browsers send the snake_case wire; @runwire/types checks camelCase options. These two helpers
// translate in both directions with a table, so a refused option is reported by the name the
// browser actually sent (`stream_mode`, not `streamMode`).

/** `wire name → option name` for the fields a route accepts. */
export type WireTable = ReadonlyMap<string, string>;

/** The inverse of `optionToWire`, limited to `options`. */
export function wireTable(
  options: readonly string[],
  optionToWire: (option: string) => string,
): WireTable {
  return new Map(options.map((option) => [optionToWire(option), option]));
}

/** The options object for a wire record whose keys are all in `table`. */
export function toOptions(record: Readonly<Record<string, unknown>>, table: WireTable) {
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const option = table.get(key);
    if (option !== undefined) options[option] = value;
  }
  return options;
}

/**
 * An option path as reported by `checkOptions` (`streamMode[1]`, `command.goto`) with its first
 * segment renamed to the wire name. Nested keys are already wire names: runwire sends the values
 * of `config`, `command`, `checkpoint`, … as they are.
 */
export function toWirePath(path: string, table: WireTable): string {
  const head = /^[^.[]*/.exec(path)?.[0] ?? "";
  for (const [wire, option] of table) {
    if (option === head) return wire + path.slice(head.length);
  }
  return path;
}
