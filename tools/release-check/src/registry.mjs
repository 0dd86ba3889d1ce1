// A throwaway npm registry (verdaccio, in this process) on 127.0.0.1: @runwire/* exist only as
// published here (no uplink, so a consumer can never get them from npmjs by mistake); every other
// package is proxied from registry.npmjs.org. Storage, users and logs live in `dir`.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runServer } from "verdaccio";

const NPMJS = "https://registry.npmjs.org/";

/**
 * Starts the registry and creates a throwaway user for publishing.
 * @param {string} dir an empty folder for its config, storage, users and log
 * @returns {Promise<{ url: string, token: string, logFile: string, stop(): Promise<void> }>}
 */
export async function startRegistry(dir) {
  mkdirSync(dir, { recursive: true });
  const logFile = join(dir, "verdaccio.log");
  const config = {
    storage: join(dir, "storage"),
    auth: { htpasswd: { file: join(dir, "htpasswd"), max_users: 1 } },
    uplinks: { npmjs: { url: NPMJS, timeout: "60s", max_fails: 5 } },
    packages: {
      // No `proxy`: only what is published here.
      "@runwire/*": { access: "$all", publish: "$authenticated", unpublish: "$authenticated" },
      "**": { access: "$all", publish: "$authenticated", proxy: "npmjs" },
    },
    // The installs run with --no-audit; no web UI either.
    middlewares: { audit: { enabled: false } },
    web: { enable: false },
    log: { type: "file", path: logFile, format: "json", level: "warn" },
  };
  // JSON is YAML: verdaccio reads the file as its config.yaml (relative paths would be from here).
  const configFile = join(dir, "config.yaml");
  writeFileSync(configFile, JSON.stringify(config, null, 2));

  const server = await runServer(configFile);
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}/`;
  let stopped;
  const stop = () => {
    stopped ??= new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
    return stopped;
  };
  try {
    const token = await addUser(url);
    return { url, token, logFile, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

// What `npm adduser` does: PUT the user document; verdaccio's htpasswd plugin creates the user
// and answers with a token for it.
async function addUser(url) {
  const name = "release-check";
  const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, url), {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password: crypto.randomUUID(), type: "user", roles: [] }),
  });
  const body = await response.json().catch(() => ({}));
  if (response.status !== 201 || typeof body.token !== "string") {
    throw new Error(
      `the registry did not create a user: ${response.status} ${JSON.stringify(body)}`,
    );
  }
  return body.token;
}
