// Loads a package's ESM and CJS builds side by side (as a bundler or a mixed app can) and checks
// that runwire's error classes recognise each other's instances: `instanceof` must rely on the
// brand, not on the prototype chain of one copy; the same for errors thrown from a second entry
// (`internal`). Run from the package folder, after its build.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dist = join(process.cwd(), "dist");
const esm = await import(pathToFileURL(join(dist, "index.js")).href);
const cjs = createRequire(import.meta.url)(join(dist, "index.cjs"));

const failures = [];
const check = (label, ok) => {
  if (!ok) failures.push(label);
};
for (const [from, to] of [
  [esm, cjs],
  [cjs, esm],
]) {
  const notFound = new from.NotFoundError("gone", { status: 404 });
  check("NotFoundError instanceof NotFoundError", notFound instanceof to.NotFoundError);
  check("NotFoundError instanceof APIStatusError", notFound instanceof to.APIStatusError);
  check("NotFoundError instanceof RunwireError", notFound instanceof to.RunwireError);
  check("NotFoundError is no ConflictError", !(notFound instanceof to.ConflictError));
  check("isInstance", to.APIError.isInstance(notFound));
  const timeout = new from.APITimeoutError();
  check("APITimeoutError instanceof APIConnectionError", timeout instanceof to.APIConnectionError);
}
if (esm.NotFoundError === cjs.NotFoundError) failures.push("the two builds are the same module");

// A package with a second entry (@runwire/core/internal) builds it as its own file sharing chunks
// with the first: an error it throws must be recognised by either build of the main entry.
if (existsSync(join(dist, "internal.js"))) {
  const internal = {
    esm: await import(pathToFileURL(join(dist, "internal.js")).href),
    cjs: createRequire(import.meta.url)(join(dist, "internal.cjs")),
  };
  for (const [format, entry] of Object.entries(internal)) {
    const decoder = entry.createSseDecoder({ onEvent() {}, maxEventLength: 4 });
    let thrown;
    try {
      decoder.feed(new TextEncoder().encode("data: longer than four\n"));
    } catch (error) {
      thrown = error;
    }
    for (const [label, main] of [
      ["esm", esm],
      ["cjs", cjs],
    ]) {
      const where = `internal (${format}) decoder error`;
      check(
        `${where} instanceof ${label} InvalidResponseError`,
        thrown instanceof main.InvalidResponseError,
      );
      check(`${where} instanceof ${label} RunwireError`, thrown instanceof main.RunwireError);
    }
  }
}
if (failures.length > 0) {
  console.error(`Dual-build instanceof check failed:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log("ESM and CJS builds recognise each other's errors.");
