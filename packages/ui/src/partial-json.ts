// Tool-call arguments arrive as JSON text in pieces; a UI shows them as far as they have come.
// A cut text is read by closing what is open (a string, arrays, objects), dropping a dangling
// key or separator first: `{"city": "Par` reads as `{ city: "Par" }`.

// How far back a cut text is shortened looking for a readable head (a dangling key is short).
const MAX_BACKTRACK = 64;

/**
 * The value of a JSON text that may be cut anywhere, or undefined when none can be read.
 *
 * @example
 * parsePartialJson('{"city": "Par'); // { city: "Par" }
 */
export function parsePartialJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Cut somewhere: complete it below.
  }
  const stop = Math.max(0, text.length - MAX_BACKTRACK);
  for (let cut = text.length; cut > stop; cut--) {
    const head = text.slice(0, cut).replace(/[\s,:]+$/, "");
    try {
      return JSON.parse(head + closersOf(head));
    } catch {
      // Shorter.
    }
  }
  return undefined;
}

/** What closes `head`: a quote when it ends inside a string, then its open brackets. */
function closersOf(head: string): string {
  const open: string[] = [];
  let inString = false;
  let escaped = false;
  for (const char of head) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === "\\") escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{") open.push("}");
    else if (char === "[") open.push("]");
    else if (char === "}" || char === "]") open.pop();
  }
  // A head ending in a lone backslash inside a string cannot be closed; a shorter one can.
  return (inString ? (escaped ? "\u0000" : '"') : "") + open.reverse().join("");
}
