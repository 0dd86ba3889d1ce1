import { describe, expect, it } from "vitest";
import {
  ASSISTANT_SELECT_FIELDS,
  ASSISTANT_SORT_BY_VALUES,
  AssistantsCountOptionsSchema,
  AssistantsCreateOptionsSchema,
  AssistantsDeleteOptionsSchema,
  AssistantsGetGraphOptionsSchema,
  AssistantsGetOptionsSchema,
  AssistantsGetSubgraphsOptionsSchema,
  AssistantsGetVersionsOptionsSchema,
  AssistantsSearchOptionsSchema,
  AssistantsUpdateOptionsSchema,
  AssistantVersionNumberSchema,
  checkOptions,
  ON_CONFLICT_BEHAVIORS,
  SORT_ORDERS,
} from "../src";

const failure = (result: ReturnType<typeof checkOptions>) => {
  if (result.success) throw new Error("expected the options to be refused");
  return result.issue;
};

const accepts = (result: ReturnType<typeof checkOptions>) => {
  if (!result.success) throw new Error(result.issue.message);
  return result.data;
};

describe("assistants options: the documented forms", () => {
  it("create takes every option, null meaning not given", () => {
    const full = {
      graphId: "echo",
      config: { configurable: { foo: "bar" }, tags: ["t"], recursion_limit: 5, run_name: "r" },
      context: { model: "x" },
      metadata: { owner: "me" },
      assistantId: "11111111-1111-4111-8111-111111111111",
      ifExists: "do_nothing",
      name: "",
      description: "d",
      signal: new AbortController().signal,
      headers: { "x-trace": "1" },
      apiKey: "key",
      params: { tenant: "t" },
    };
    expect(accepts(checkOptions(AssistantsCreateOptionsSchema, full, "assistants.create"))).toEqual(
      full,
    );
    const nulls = { graphId: "g", metadata: null, config: null, name: null, ifExists: null };
    expect(
      accepts(checkOptions(AssistantsCreateOptionsSchema, nulls, "assistants.create")),
    ).toEqual(nulls);
  });

  it("declares the body keys in the wire order of Appendix A.1", () => {
    const own = (shape: object) =>
      Object.keys(shape).filter((key) => !["signal", "headers", "apiKey", "params"].includes(key));
    expect(own(AssistantsCreateOptionsSchema.shape)).toEqual([
      "graphId",
      "config",
      "context",
      "metadata",
      "assistantId",
      "ifExists",
      "name",
      "description",
    ]);
    expect(own(AssistantsUpdateOptionsSchema.shape)).toEqual([
      "graphId",
      "config",
      "context",
      "metadata",
      "name",
      "description",
    ]);
    expect(own(AssistantsSearchOptionsSchema.shape)).toEqual([
      "limit",
      "offset",
      "metadata",
      "graphId",
      "name",
      "sortBy",
      "sortOrder",
      "select",
      "includePagination",
    ]);
    expect(own(AssistantsCountOptionsSchema.shape)).toEqual(["metadata", "graphId", "name"]);
    expect(own(AssistantsGetVersionsOptionsSchema.shape)).toEqual(["limit", "offset", "metadata"]);
  });

  it("update accepts no option at all (the server still makes a new version)", () => {
    expect(accepts(checkOptions(AssistantsUpdateOptionsSchema, {}, "assistants.update"))).toEqual(
      {},
    );
  });

  it("search takes every filter, literal and an empty select list", () => {
    const options = {
      limit: 0,
      offset: 20,
      metadata: { created_by: "system" },
      graphId: "",
      name: "ECH",
      sortBy: "name",
      sortOrder: "asc",
      select: [],
      includePagination: true,
    };
    expect(
      accepts(checkOptions(AssistantsSearchOptionsSchema, options, "assistants.search")),
    ).toEqual(options);
    for (const sortBy of ASSISTANT_SORT_BY_VALUES) {
      expect(checkOptions(AssistantsSearchOptionsSchema, { sortBy }, "x").success).toBe(true);
    }
    expect(
      checkOptions(AssistantsSearchOptionsSchema, { select: [...ASSISTANT_SELECT_FIELDS] }, "x")
        .success,
    ).toBe(true);
  });

  it("getGraph takes xray as a boolean or a depth", () => {
    for (const xray of [true, false, 0, 1, 3, null]) {
      expect(checkOptions(AssistantsGetGraphOptionsSchema, { xray }, "x").success).toBe(true);
    }
  });

  it("getSubgraphs, delete and get take their options", () => {
    expect(
      checkOptions(AssistantsGetSubgraphsOptionsSchema, { namespace: "child", recurse: true }, "x")
        .success,
    ).toBe(true);
    expect(checkOptions(AssistantsDeleteOptionsSchema, { deleteThreads: false }, "x").success).toBe(
      true,
    );
    expect(checkOptions(AssistantsGetOptionsSchema, undefined, "x").success).toBe(false);
    expect(checkOptions(AssistantsGetOptionsSchema, {}, "x").success).toBe(true);
  });
});

describe("assistants options: refused before any request, naming the field", () => {
  it("create needs a non-empty graphId", () => {
    const missing = failure(checkOptions(AssistantsCreateOptionsSchema, {}, "assistants.create"));
    expect(missing.field).toBe("graphId");
    expect(missing.message).toBe(
      'assistants.create: invalid option "graphId": expected a string, got nothing',
    );
    const empty = failure(
      checkOptions(AssistantsCreateOptionsSchema, { graphId: "" }, "assistants.create"),
    );
    expect(empty.message).toBe(
      'assistants.create: invalid option "graphId": expected at least 1 character(s), got ""',
    );
    const id = failure(
      checkOptions(AssistantsCreateOptionsSchema, { graphId: "g", assistantId: "" }, "x"),
    );
    expect(id.field).toBe("assistantId");
  });

  it("hints at the camelCase name of a snake_case option", () => {
    const issue = failure(
      checkOptions(
        AssistantsCreateOptionsSchema,
        { graphId: "echo", if_exists: "raise" },
        "assistants.create",
      ),
    );
    expect(issue.message).toBe(
      'assistants.create: unknown option "if_exists" (options are camelCase: did you mean "ifExists"?)',
    );
    expect(
      failure(checkOptions(AssistantsCountOptionsSchema, { limit: 1 }, "assistants.count")).message,
    ).toBe('assistants.count: unknown option "limit"');
  });

  it.each([
    [
      AssistantsCreateOptionsSchema,
      { graphId: "g", ifExists: "ignore" },
      "ifExists",
      ON_CONFLICT_BEHAVIORS,
    ],
    [AssistantsSearchOptionsSchema, { sortBy: "version" }, "sortBy", ASSISTANT_SORT_BY_VALUES],
    [AssistantsSearchOptionsSchema, { sortOrder: "up" }, "sortOrder", SORT_ORDERS],
    [
      AssistantsSearchOptionsSchema,
      { select: ["name", "bogus"] },
      "select[1]",
      ASSISTANT_SELECT_FIELDS,
    ],
  ] as const)("refuses a literal outside its set (%#)", (schema, options, field, allowed) => {
    const issue = failure(checkOptions(schema, options, "assistants.x"));
    expect(issue.field).toBe(field);
    expect(issue.allowed).toEqual([...allowed]);
    expect(issue.message).toContain(`invalid option "${field}": expected one of "${allowed[0]}"`);
  });

  it.each([
    [AssistantsSearchOptionsSchema, { limit: -1 }, "limit", "expected a number >= 0, got -1"],
    [AssistantsSearchOptionsSchema, { offset: 2.5 }, "offset", "expected an integer, got 2.5"],
    [AssistantsSearchOptionsSchema, { limit: "10" }, "limit", 'expected a number, got "10"'],
    [
      AssistantsGetVersionsOptionsSchema,
      { offset: -3 },
      "offset",
      "expected a number >= 0, got -3",
    ],
    [AssistantsGetGraphOptionsSchema, { xray: -1 }, "xray", "expected a number >= 0, got -1"],
    [
      AssistantsGetGraphOptionsSchema,
      { xray: 1.5 },
      "xray",
      "expected a boolean, or expected an integer, got 1.5",
    ],
    [
      AssistantsGetGraphOptionsSchema,
      { xray: "true" },
      "xray",
      'expected a boolean, or expected a number, got "true"',
    ],
  ] as const)("refuses a bad number (%#)", (schema, options, field, expected) => {
    const issue = failure(checkOptions(schema, options, "assistants.x"));
    expect(issue.field).toBe(field);
    expect(issue.message).toBe(`assistants.x: invalid option "${field}": ${expected}`);
  });

  it("refuses values of the wrong kind", () => {
    expect(
      failure(checkOptions(AssistantsGetSubgraphsOptionsSchema, { namespace: "" }, "x")).field,
    ).toBe("namespace");
    expect(
      failure(checkOptions(AssistantsGetSubgraphsOptionsSchema, { recurse: "yes" }, "x")).field,
    ).toBe("recurse");
    expect(
      failure(checkOptions(AssistantsDeleteOptionsSchema, { deleteThreads: "true" }, "x")).field,
    ).toBe("deleteThreads");
    expect(failure(checkOptions(AssistantsUpdateOptionsSchema, { metadata: [1] }, "x")).field).toBe(
      "metadata",
    );
    expect(failure(checkOptions(AssistantsUpdateOptionsSchema, { graphId: "" }, "x")).field).toBe(
      "graphId",
    );
    const config = failure(
      checkOptions(AssistantsUpdateOptionsSchema, { config: { recursion_limit: "5" } }, "x"),
    );
    expect(config.field).toBe("config.recursion_limit");
    const context = failure(
      checkOptions(AssistantsCreateOptionsSchema, { graphId: "g", context: () => 1 }, "x"),
    );
    expect(context.field).toBe("context");
  });

  it("checks setLatest's version as a whole number, zero or more", () => {
    expect(checkOptions(AssistantVersionNumberSchema, 3, "assistants.setLatest").success).toBe(
      true,
    );
    const negative = failure(
      checkOptions(AssistantVersionNumberSchema, -1, "assistants.setLatest", "version"),
    );
    expect(negative.field).toBe("version");
    expect(negative.message).toBe(
      'assistants.setLatest: invalid option "version": expected a number >= 0, got -1',
    );
    expect(
      failure(checkOptions(AssistantVersionNumberSchema, "1", "assistants.setLatest", "version"))
        .message,
    ).toBe('assistants.setLatest: invalid option "version": expected a number, got "1"');
    expect(checkOptions(AssistantVersionNumberSchema, 1.5, "x").success).toBe(false);
  });
});
