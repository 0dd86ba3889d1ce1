// Checks, on a package's BUILT ESM and CJS files, that every error class it exports prints under
// its own name: `err.name`, `err.constructor.name`, `String(err)` (`Name: message`), the first line
// of `err.stack`, and what `console.log` shows (`util.inspect`). A bundler renaming a class
// (esbuild's `class _RunError`) shows up in the last two. Run from the package folder, after its
// build (`node ../../scripts/check-error-names.mjs`).
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { inspect } from "node:util";

const dist = join(process.cwd(), "dist");
const builds = {
  esm: await import(pathToFileURL(join(dist, "index.js")).href),
  cjs: createRequire(import.meta.url)(join(dist, "index.cjs")),
};

// How to make one of each class; a class missing here fails the check, so a new one gets added.
const status = { status: 404 };
const make = {
  RunwireError: (C) => new C("base failure"),
  RunwireValidationError: (C) => new C("bad field", { field: "threadId" }),
  ClientClosedError: (C) => new C(),
  APIError: (C) => new C("api failure"),
  APIStatusError: (C) => new C("status failure", status),
  BadRequestError: (C) => new C("bad request", { status: 400 }),
  AuthenticationError: (C) => new C("no key", { status: 401 }),
  PermissionDeniedError: (C) => new C("denied", { status: 403 }),
  NotFoundError: (C) => new C("gone", status),
  ConflictError: (C) => new C("busy", { status: 409 }),
  UnprocessableEntityError: (C) => new C("invalid", { status: 422 }),
  RateLimitError: (C) => new C("slow down", { status: 429 }),
  InternalServerError: (C) => new C("broken", { status: 500 }),
  APIConnectionError: (C) => new C(),
  APITimeoutError: (C) => new C(),
  InvalidResponseError: (C) => new C("not json"),
  RunError: (C) => new C({ error: "ValueError", message: "boom" }),
};

const failures = [];
let checked = 0;
for (const [format, build] of Object.entries(builds)) {
  for (const [exported, value] of Object.entries(build)) {
    if (typeof value !== "function" || !(value.prototype instanceof Error)) continue;
    const where = `${format} ${exported}`;
    const factory = make[exported];
    if (!factory) {
      failures.push(`${where}: no constructor arguments known; add it to check-error-names.mjs`);
      continue;
    }
    const err = factory(value);
    const head = `${exported}: ${err.message}`;
    const got = {
      "err.name": err.name,
      "err.constructor.name": err.constructor.name,
      "String(err)": String(err),
      "stack's first line": (err.stack ?? "").split("\n")[0],
      "inspect's first line": inspect(err).split("\n")[0],
    };
    const want = {
      "err.name": exported,
      "err.constructor.name": exported,
      "String(err)": head,
      "stack's first line": head,
      "inspect's first line": head,
    };
    for (const [label, expected] of Object.entries(want)) {
      if (got[label] !== expected) {
        failures.push(
          `${where}: ${label} is ${JSON.stringify(got[label])}, expected ${JSON.stringify(expected)}`,
        );
      }
    }
    checked += 1;
  }
}
if (checked === 0) failures.push("no error class found in the build");
if (failures.length > 0) {
  console.error(`Error names check failed:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log(`${checked} error classes (ESM and CJS) print under their own names.`);
