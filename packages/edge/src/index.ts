/**
 * Runtime adapter skeleton: the transport and a ready `createClient` arrive with the adapter's
 * own issue. Until then it re-exports `@runwire/core`, so one import already gives every type.
 */
export * from "@runwire/core";
