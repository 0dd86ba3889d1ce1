// Everything the check starts or creates registers how to undo it here; `cleanUp` runs those in
// reverse order once, at the end, on failure and on Ctrl-C alike.
const undo = [];
let done;

/** Registers `fn` to run at clean-up (last registered, first run). */
export function defer(fn) {
  undo.push(fn);
}

/** Runs every registered clean-up, collecting failures instead of stopping at the first. */
export function cleanUp() {
  done ??= (async () => {
    const problems = [];
    while (undo.length > 0) {
      const fn = undo.pop();
      try {
        await fn();
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
    }
    return problems;
  })();
  return done;
}
