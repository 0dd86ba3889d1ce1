// The key of `Client`'s `Symbol.asyncDispose` (its TypeScript declaration is in client.ts).

/**
 * The key `await using` calls: the runtime's `Symbol.asyncDispose` (Node 20+, Chromium 134+,
 * workerd), or where a runtime lacks it, the registered symbol TypeScript's and esbuild's
 * downlevel `await using` helpers look up instead.
 */
export const asyncDispose: typeof Symbol.asyncDispose =
  Symbol.asyncDispose ??
  (Symbol.for("Symbol.asyncDispose") as unknown as typeof Symbol.asyncDispose);
