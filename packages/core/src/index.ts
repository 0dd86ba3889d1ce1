/**
 * `@runwire/core`: transport-agnostic LangGraph runs semantics. Filled in by the core issue;
 * for now it re-exports the wire types so the package graph builds end to end.
 */
export * from "@runwire/types";
