import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import type {
  RequestOptions,
  RequestOptionsSchema,
  RunsCancelArguments,
  RunsCancelArgumentsSchema,
  RunsCancelManyOptions,
  RunsCancelManyOptionsSchema,
  RunsCreateBatchItem,
  RunsCreateBatchItemSchema,
  RunsCreateOptions,
  RunsCreateOptionsSchema,
  RunsJoinOptions,
  RunsJoinOptionsSchema,
  RunsJoinStreamOptions,
  RunsJoinStreamOptionsSchema,
  RunsListOptions,
  RunsListOptionsSchema,
  RunsRequestOptions,
  RunsRequestOptionsSchema,
  RunsStreamOptions,
  RunsStreamOptionsSchema,
  RunsWaitOptions,
  RunsWaitOptionsSchema,
} from "../src";

// Each options type is a hand-written interface (so its TSDoc reaches the published declarations)
// beside the zod schema that checks it at run time. These assertions run under `tsc` (the package's
// typecheck step): a member added, dropped, renamed, made required or retyped on one side only
// fails the typecheck, naming the member. Both what the schema accepts (`z.input`) and what it
// returns (`z.output`) must be the interface exactly: a caller's value passes through unchanged.

describe("each options interface is exactly what its schema accepts and returns", () => {
  it("RequestOptions", () => {
    expectTypeOf<z.input<typeof RequestOptionsSchema>>().toEqualTypeOf<RequestOptions>();
    expectTypeOf<z.output<typeof RequestOptionsSchema>>().toEqualTypeOf<RequestOptions>();
  });

  it("RunsStreamOptions", () => {
    expectTypeOf<z.input<typeof RunsStreamOptionsSchema>>().toEqualTypeOf<RunsStreamOptions>();
    expectTypeOf<z.output<typeof RunsStreamOptionsSchema>>().toEqualTypeOf<RunsStreamOptions>();
  });

  it("RunsCreateOptions", () => {
    expectTypeOf<z.input<typeof RunsCreateOptionsSchema>>().toEqualTypeOf<RunsCreateOptions>();
    expectTypeOf<z.output<typeof RunsCreateOptionsSchema>>().toEqualTypeOf<RunsCreateOptions>();
  });

  it("RunsWaitOptions", () => {
    expectTypeOf<z.input<typeof RunsWaitOptionsSchema>>().toEqualTypeOf<RunsWaitOptions>();
    expectTypeOf<z.output<typeof RunsWaitOptionsSchema>>().toEqualTypeOf<RunsWaitOptions>();
  });

  it("RunsCreateBatchItem", () => {
    expectTypeOf<z.input<typeof RunsCreateBatchItemSchema>>().toEqualTypeOf<RunsCreateBatchItem>();
    expectTypeOf<z.output<typeof RunsCreateBatchItemSchema>>().toEqualTypeOf<RunsCreateBatchItem>();
  });

  it("RunsRequestOptions", () => {
    expectTypeOf<z.input<typeof RunsRequestOptionsSchema>>().toEqualTypeOf<RunsRequestOptions>();
    expectTypeOf<z.output<typeof RunsRequestOptionsSchema>>().toEqualTypeOf<RunsRequestOptions>();
  });

  it("RunsListOptions", () => {
    expectTypeOf<z.input<typeof RunsListOptionsSchema>>().toEqualTypeOf<RunsListOptions>();
    expectTypeOf<z.output<typeof RunsListOptionsSchema>>().toEqualTypeOf<RunsListOptions>();
  });

  it("RunsCancelManyOptions", () => {
    expectTypeOf<
      z.input<typeof RunsCancelManyOptionsSchema>
    >().toEqualTypeOf<RunsCancelManyOptions>();
    expectTypeOf<
      z.output<typeof RunsCancelManyOptionsSchema>
    >().toEqualTypeOf<RunsCancelManyOptions>();
  });

  it("RunsJoinOptions", () => {
    expectTypeOf<z.input<typeof RunsJoinOptionsSchema>>().toEqualTypeOf<RunsJoinOptions>();
    expectTypeOf<z.output<typeof RunsJoinOptionsSchema>>().toEqualTypeOf<RunsJoinOptions>();
  });

  it("RunsJoinStreamOptions", () => {
    expectTypeOf<
      z.input<typeof RunsJoinStreamOptionsSchema>
    >().toEqualTypeOf<RunsJoinStreamOptions>();
    expectTypeOf<
      z.output<typeof RunsJoinStreamOptionsSchema>
    >().toEqualTypeOf<RunsJoinStreamOptions>();
  });

  it("RunsCancelArguments", () => {
    expectTypeOf<z.input<typeof RunsCancelArgumentsSchema>>().toEqualTypeOf<RunsCancelArguments>();
    expectTypeOf<z.output<typeof RunsCancelArgumentsSchema>>().toEqualTypeOf<RunsCancelArguments>();
  });
});
