/**
 * Key under which every runwire error records the `kind` of each class in its chain. A registered
 * symbol (`Symbol.for`) is shared by every copy of the package loaded in one realm, so checks keep
 * working when the ESM and CJS builds are both loaded.
 */
const KINDS = Symbol.for("runwire.error.kinds");

/** Options shared by every runwire error constructor. */
export interface RunwireErrorOptions {
  /** The underlying error, exposed as the standard `Error.cause`. */
  readonly cause?: unknown;
}

/**
 * Base of every error runwire throws. `instanceof` works across two copies of the package.
 *
 * @example
 * if (err instanceof RunwireError) console.log(err.name);
 */
export class RunwireError extends Error {
  /** Stable class identifier; set explicitly on every class because minifiers rename classes. */
  static readonly kind: string = "RunwireError";

  declare readonly [KINDS]: readonly string[];

  constructor(message: string, options: RunwireErrorOptions = {}) {
    super(message, "cause" in options ? { cause: options.cause } : undefined);
    // Non-enumerable like the built-in Error properties, so JSON.stringify shows only data fields.
    Object.defineProperty(this, KINDS, { value: Object.freeze(kindChain(new.target)) });
    Object.defineProperty(this, "name", {
      value: new.target.kind,
      writable: true,
      configurable: true,
    });
  }

  /**
   * Matches any value whose recorded kinds include this class's `kind`, whichever copy of the
   * package created it.
   */
  static override [Symbol.hasInstance]<T>(
    this: { readonly kind: string; readonly prototype: T },
    value: unknown,
  ): value is T {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class right of `instanceof`, often a subclass.
    return hasKind(value, this.kind);
  }

  /**
   * Same check as `instanceof`, as a type guard. Call it on the class (it reads `this.kind`).
   *
   * @example
   * if (NotFoundError.isInstance(err)) console.log(err.status);
   */
  static isInstance<T>(
    this: { readonly kind: string; readonly prototype: T },
    value: unknown,
  ): value is T {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class it is called on, often a subclass.
    return hasKind(value, this.kind);
  }
}

function hasKind(value: unknown, kind: string): boolean {
  if ((typeof value !== "object" && typeof value !== "function") || value === null) return false;
  const kinds: unknown = (value as { [KINDS]?: unknown })[KINDS];
  return Array.isArray(kinds) && kinds.includes(kind);
}

/** Collects the own `kind` of every constructor from `ctor` up to the end of its chain. */
function kindChain(ctor: unknown): string[] {
  const kinds: string[] = [];
  let current: unknown = ctor;
  while (typeof current === "function") {
    // Own property only: a subclass without its own `kind` must not repeat its parent's.
    if (Object.hasOwn(current, "kind")) {
      const kind: unknown = (current as { kind?: unknown }).kind;
      if (typeof kind === "string") kinds.push(kind);
    }
    current = Object.getPrototypeOf(current);
  }
  return kinds;
}
