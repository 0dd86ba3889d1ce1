import { RunwireError } from "./runwire-error";

/** Fields of {@link RunError}. */
export interface RunErrorInit {
  /** The error's name as the graph raised it, e.g. `"ValueError"`. */
  readonly error: string;
  /** The error's own message. */
  readonly message: string;
}

/**
 * A run that ended in an error: the result of `wait`/`join` carried `__error__`. `message` is
 * `"<error>: <runMessage>"`.
 */
export class RunError extends RunwireError {
  static override readonly kind: string = "RunError";

  /** The error's name, e.g. `"ValueError"`. */
  readonly error: string;
  /** The message the run's error carried. */
  readonly runMessage: string;

  constructor(init: RunErrorInit) {
    super(init.error === "" ? init.message : `${init.error}: ${init.message}`);
    this.error = init.error;
    this.runMessage = init.message;
  }

  /**
   * The error carried by a run result, or null when the result is not an error. The LangGraph JS
   * server JSON-encodes the inner error a second time; one level of that is undone, and an inner
   * `{"error","message"}` object supplies the real name and message.
   *
   * @example
   * RunError.fromResult({ __error__: { error: "Error", message: '"boom"' } })?.message; // "Error: boom"
   */
  static fromResult(value: unknown): RunError | null {
    if (!isPlainObject(value)) return null;
    const detail = value.__error__;
    if (!isPlainObject(detail)) return null;
    const outerName = nonEmptyString(detail.error) ?? nonEmptyString(detail.name) ?? "Error";
    const rawMessage = detail.message;
    if (typeof rawMessage !== "string") {
      return runError({ error: outerName, message: describe(rawMessage) });
    }
    const inner = parseJson(rawMessage);
    if (typeof inner === "string") return runError({ error: outerName, message: inner });
    if (isPlainObject(inner) && typeof inner.message === "string") {
      // The inner object names the error the graph really raised; the outer name is generic.
      const name = nonEmptyString(inner.error) ?? nonEmptyString(inner.name) ?? outerName;
      return runError({ error: name, message: inner.message });
    }
    return runError({ error: outerName, message: rawMessage });
  }
}

// Class bodies never name their own class: esbuild then renames it (`class _RunError`), and Node prints
// that name (`console.log`, `util.inspect`). scripts/check-error-names.mjs checks the built files.
function runError(init: RunErrorInit): RunError {
  return new RunError(init);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describe(value: unknown): string {
  if (value === undefined || value === null) return "";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
