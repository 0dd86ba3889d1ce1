// Every module of zod schemas, apart from the endpoint descriptors (which use the checks generated
// from these: scripts/generate-checks.ts reads this module).
export * from "./assistants/literals";
export * from "./assistants/options";
export * from "./assistants/records";
export * from "./crons/literals";
export * from "./crons/options";
export * from "./crons/records";
export * from "./literals";
export * from "./options";
export * from "./platform-literals";
export * from "./records";
export * from "./request-options";
export * from "./run";
export { type JsonObject, JsonObjectSchema, openEnum } from "./schema-kit";
export * from "./store/options";
export * from "./store/records";
export * from "./stream-part";
export * from "./stream-payloads";
export * from "./threads/literals";
export * from "./threads/options";
export * from "./threads/records";
export * from "./threads/stream-mode";
export * from "./threads/stream-options";
