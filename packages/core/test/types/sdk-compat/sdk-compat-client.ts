/**
 * Migrating is a change of import: a runwire `Client` has every REST member of the official SDK's
 * `Client` (1.15), and each member has every method the SDK's has, so a gap is a compile error
 * here rather than a surprise after switching. Compiled by `tsc -p test/types/sdk-compat` (part of
 * `typecheck`); what each method takes and returns is checked in the sdk-compat-* files beside it.
 */
import type { Client as SdkClient } from "@langchain/langgraph-sdk";
import { expectTypeOf } from "vitest";
import type { Client } from "../../../src/index";

/** The SDK's members that speak the REST API (`~ui` is its internal UI client). */
type RestMember = "assistants" | "threads" | "runs" | "crons" | "store";

/** The public method names of one SDK member. */
type SdkMethods<M extends RestMember> = {
  [K in keyof SdkClient[M]]: SdkClient[M][K] extends (...args: never[]) => unknown ? K : never;
}[keyof SdkClient[M]];

// Left out on purpose (docs/spec/platform-decisions.md, P40): `threads.stream`, the experimental
// thread-centric protocol, which no runwire member pretends to speak.
type Refused = { threads: "stream" };
type Expected<M extends RestMember> = Exclude<
  SdkMethods<M>,
  M extends keyof Refused ? Refused[M] : never
>;

expectTypeOf<RestMember>().toExtend<keyof Client>();
expectTypeOf<Expected<"assistants">>().toExtend<keyof Client["assistants"]>();
expectTypeOf<Expected<"threads">>().toExtend<keyof Client["threads"]>();
expectTypeOf<Expected<"runs">>().toExtend<keyof Client["runs"]>();
expectTypeOf<Expected<"crons">>().toExtend<keyof Client["crons"]>();
expectTypeOf<Expected<"store">>().toExtend<keyof Client["store"]>();
