// The shape every consumer module exports (see ./index.mjs for the list).

/**
 * @typedef {object} ConsumerContext
 * @property {string} dir the installed project
 * @property {string} root the check's temp root
 * @property {() => Promise<string>} langgraphUrl the real LangGraph server's URL, once it is up
 */

/**
 * @typedef {object} Consumer
 * @property {string} name its fixture folder under fixtures/, and its step names
 * @property {(version: string) => Record<string, string>} dependencies what its package.json installs
 * @property {string[]} [sharedFiles] files of fixtures/shared/ copied into the project
 * @property {{ name: string, run: (context: ConsumerContext) => Promise<void> }[]} checks
 */

export {};
