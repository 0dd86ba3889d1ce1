// The build puts the package's version here (tsup `define`, read from package.json at build time);
// the node test config does the same. Run from source without either, it says "dev".
declare const __RUNWIRE_NODE_VERSION__: string | undefined;

/** This package's version, as sent in the `User-Agent` header. */
export const VERSION: string =
  typeof __RUNWIRE_NODE_VERSION__ === "string" ? __RUNWIRE_NODE_VERSION__ : "dev";

/** `runwire-node/<version>`: what the Node transport sends as `User-Agent` unless told otherwise. */
export const USER_AGENT = `runwire-node/${VERSION}`;
