// The environment for npm and pnpm: the caller's, minus every npm setting it carries (`pnpm run`
// and `npm run` export their own config as npm_config_*), plus a user config and cache of the
// check's own, so nothing from this machine's ~/.npmrc or npm cache takes part.
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * @param {string} dir the check's temp root (holds the npm cache)
 * @param {string} userConfig the .npmrc to use as user config (written here)
 * @param {string} npmrc its contents
 * @param {NodeJS.ProcessEnv} [extra]
 */
export function npmEnv(dir, userConfig, npmrc, extra = {}) {
  writeFileSync(userConfig, npmrc);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key)),
  );
  return {
    ...env,
    NPM_CONFIG_USERCONFIG: userConfig,
    npm_config_cache: join(dir, "npm-cache"),
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
    ...extra,
  };
}

/** The .npmrc line that authenticates to `registryUrl` with `token`. */
export function authLine(registryUrl, token) {
  const { host, pathname } = new URL(registryUrl);
  return `//${host}${pathname}:_authToken=${token}`;
}
