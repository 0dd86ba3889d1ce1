// `Symbol.asyncDispose` (explicit resource management, `await using`) is declared by TypeScript's
// `esnext.disposable` lib and by @types/node, not by the ES2022 lib runwire compiles with; this
// declaration is the same as theirs, so they merge. It gives `Client` and `RunStream` their
// `[Symbol.asyncDispose]` member (a `RunStream` needs it to be an `AsyncGenerator` under
// `lib: esnext`).
declare global {
  interface SymbolConstructor {
    readonly asyncDispose: unique symbol;
  }
}

/**
 * The key of the async-dispose method. Runtimes without `Symbol.asyncDispose` get
 * `Symbol.for("Symbol.asyncDispose")`, the key a downlevelled `await using` looks up there
 * (esbuild's and core-js's convention), instead of a method named "undefined".
 */
export const asyncDispose: typeof Symbol.asyncDispose =
  (Symbol as { asyncDispose?: typeof Symbol.asyncDispose }).asyncDispose ??
  (Symbol.for("Symbol.asyncDispose") as typeof Symbol.asyncDispose);
