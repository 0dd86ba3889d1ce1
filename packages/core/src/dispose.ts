// `Symbol.asyncDispose` (explicit resource management, `await using`) is declared here for
// TypeScript libs older than `esnext.disposable`, as `@types/node` does: the same declaration,
// so the two merge.
declare global {
  interface SymbolConstructor {
    readonly asyncDispose: unique symbol;
  }
}

/**
 * The key `await using` calls: the runtime's `Symbol.asyncDispose` (Node 20+, Chromium 134+,
 * workerd), or where a runtime lacks it, the registered symbol TypeScript's and esbuild's
 * downlevel `await using` helpers look up instead.
 */
export const asyncDispose: typeof Symbol.asyncDispose =
  Symbol.asyncDispose ??
  (Symbol.for("Symbol.asyncDispose") as unknown as typeof Symbol.asyncDispose);
