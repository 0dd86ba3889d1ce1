// Every constant of this package is a call annotated `#__PURE__`, so that a bundler drops the
// constants an app does not import. An annotation covers one call, and a bundler dropping it
// still keeps its arguments when they may have side effects (a nested call, a spread): a constant
// whose definition holds more than plain values is built inside `define` or `defineWith`, the
// annotated call then taking only functions. packages/types/test/tree-shaking.test.ts checks it.
// No zod here: @runwire/types/runtime uses these too.

/** Returns `build()`: one `#__PURE__` annotation then covers a whole definition. */
export const define = <T>(build: () => T): T => build();

/**
 * Returns `make(input())`: {@link define} for a schema made from a shape, written as usual,
 * `defineWith(z.strictObject, () => ({ … }))`.
 */
export const defineWith = <Input, T>(make: (input: Input) => T, input: () => Input): T =>
  make(input());
