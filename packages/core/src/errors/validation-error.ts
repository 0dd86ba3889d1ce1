import { RunwireError } from "./runwire-error";

/** Options for {@link RunwireValidationError}. */
export interface RunwireValidationErrorOptions {
  /** The option at fault, as the caller named it, e.g. `"streamMode"` or `"payload.command.goto"`. */
  readonly field: string;
  /** The accepted values, when the option takes one of a fixed set. */
  readonly allowed?: readonly string[] | null;
  /** What the caller passed. Never give a secret here: it is kept on the error. */
  readonly received?: unknown;
}

/**
 * Bad caller input, thrown before any request is sent.
 *
 * @example
 * throw RunwireValidationError.notAllowed("streamMode", ["values", "updates"], "bogus");
 */
export class RunwireValidationError extends RunwireError {
  static override readonly kind: string = "RunwireValidationError";

  readonly field: string;
  readonly allowed: readonly string[] | null;
  readonly received: unknown;

  constructor(message: string, options: RunwireValidationErrorOptions) {
    super(message);
    this.field = options.field;
    this.allowed = options.allowed ?? null;
    this.received = options.received;
  }

  /**
   * The error for a value outside a fixed set, with a message listing what is accepted:
   * `Invalid streamMode: "bogus" is not one of "values", "updates"`.
   */
  static notAllowed(
    field: string,
    allowed: readonly string[],
    received: unknown,
  ): RunwireValidationError {
    const accepted = allowed.map((value) => JSON.stringify(value)).join(", ");
    return validationError(`Invalid ${field}: ${preview(received)} is not one of ${accepted}`, {
      field,
      allowed,
      received,
    });
  }
}

// Class bodies never name their own class: esbuild then renames it (`class _RunwireValidationError`), and Node prints
// that name (`console.log`, `util.inspect`). scripts/check-error-names.mjs checks the built files.
function validationError(
  message: string,
  options: RunwireValidationErrorOptions,
): RunwireValidationError {
  return new RunwireValidationError(message, options);
}

/** A short, printable rendering of a caller value for messages. */
function preview(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "function") return "a function";
  if (value === null || typeof value !== "object") return String(value);
  return Array.isArray(value) ? "an array" : "an object";
}
