// One line per step: `ok  <step>  <seconds>s`, or `FAIL  <step>  <seconds>s` with the reason.
// A failed step is remembered; the check goes on with steps that do not depend on it.

/** The names of the steps that failed so far, in order. */
export const failedSteps = [];

/** Raised by a step that failed; its message is already printed. */
export class StepFailed extends Error {
  constructor(name, cause) {
    super(`${name} failed`, { cause });
    this.name = "StepFailed";
  }
}

/**
 * Runs `fn` as the step `name`, printing its outcome and duration.
 * @template T
 * @param {string} name
 * @param {() => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function step(name, fn) {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  try {
    const result = await fn();
    console.log(`ok  ${name}  ${seconds()}s`);
    return result;
  } catch (error) {
    if (error instanceof StepFailed) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    failedSteps.push(name);
    console.error(`FAIL  ${name}  ${seconds()}s\n${indent(reason)}`);
    throw new StepFailed(name, error);
  }
}

function indent(text) {
  return text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
}
