import { describe, expect, it } from "vitest";
import {
  AssistantGraphSchema,
  AssistantSchema,
  AssistantsSearchResponseSchema,
  AssistantVersionSchema,
  CronSchema,
  GraphSchemaSchema,
  ItemSchema,
  ListNamespaceResponseSchema,
  SearchItemSchema,
  SearchItemsResponseSchema,
  SubgraphsSchema,
} from "../src";
import answers from "./fixtures/platform-answers-1.5.1.json";

// The loose response schemas (P38) against what the real LangGraph JS server 1.5.1 answered: they
// accept it unchanged, keep keys they do not know, and refuse only a record without its identity.

const without = (record: object, key: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));

describe("assistant records", () => {
  it("parse the server's assistants and versions unchanged", () => {
    expect(AssistantSchema.parse(answers.systemAssistant)).toEqual(answers.systemAssistant);
    expect(AssistantSchema.parse(answers.createdAssistant)).toEqual(answers.createdAssistant);
    for (const version of answers.assistantVersions) {
      expect(AssistantVersionSchema.parse(version)).toEqual(version);
    }
  });

  it("keep keys a newer server adds", () => {
    const parsed = AssistantSchema.parse({ ...answers.createdAssistant, tenant: { id: "t1" } });
    expect(parsed).toHaveProperty("tenant", { id: "t1" });
  });

  it("require only the identity keys", () => {
    expect(AssistantSchema.safeParse({ assistant_id: "a", graph_id: "g", future: 1 }).success).toBe(
      true,
    );
    expect(
      AssistantSchema.safeParse(without(answers.systemAssistant, "assistant_id")).success,
    ).toBe(false);
    expect(AssistantSchema.safeParse(without(answers.systemAssistant, "graph_id")).success).toBe(
      false,
    );
    const [version] = answers.assistantVersions;
    expect(AssistantVersionSchema.safeParse({ assistant_id: "a", version: 3 }).success).toBe(true);
    expect(AssistantVersionSchema.safeParse(without(version ?? {}, "version")).success).toBe(false);
    expect(AssistantVersionSchema.safeParse(without(version ?? {}, "assistant_id")).success).toBe(
      false,
    );
  });

  it("still check a known key that is present", () => {
    expect(AssistantSchema.safeParse({ ...answers.systemAssistant, version: "1" }).success).toBe(
      false,
    );
    expect(
      AssistantSchema.safeParse({ ...answers.systemAssistant, config: { recursion_limit: "x" } })
        .success,
    ).toBe(false);
  });

  it("parse a paginated search answer", () => {
    const page = { assistants: [answers.systemAssistant], next: null };
    expect(AssistantsSearchResponseSchema.parse(page)).toEqual(page);
    expect(AssistantsSearchResponseSchema.safeParse({ assistants: [] }).success).toBe(false);
  });
});

describe("graph, schemas and subgraphs", () => {
  it("parse drawn graphs, with and without xray, keeping every key", () => {
    expect(AssistantGraphSchema.parse(answers.graphEcho)).toEqual(answers.graphEcho);
    expect(AssistantGraphSchema.parse(answers.graphNestedXray)).toEqual(answers.graphNestedXray);
  });

  it("accept numeric node ids and a node type this version does not know", () => {
    const graph = {
      nodes: [{ id: 0, type: "subgraph", extra: true }],
      edges: [{ source: "a", target: "b", data: "label", conditional: true }],
    };
    expect(AssistantGraphSchema.parse(graph)).toEqual(graph);
  });

  it("refuse nodes without an id and edges without an end", () => {
    const { graphEcho } = answers;
    const [firstNode] = graphEcho.nodes;
    const [firstEdge] = graphEcho.edges;
    expect(
      AssistantGraphSchema.safeParse({ ...graphEcho, nodes: [without(firstNode ?? {}, "id")] })
        .success,
    ).toBe(false);
    expect(
      AssistantGraphSchema.safeParse({ ...graphEcho, edges: [without(firstEdge ?? {}, "target")] })
        .success,
    ).toBe(false);
    expect(AssistantGraphSchema.safeParse({ nodes: [] }).success).toBe(false);
  });

  it("parse the server's graph schemas, keep keys a newer server adds, check the known ones", () => {
    expect(GraphSchemaSchema.parse(answers.schemasHitl)).toEqual(answers.schemasHitl);
    const newer = { ...answers.schemasHitl, input_schema: null, future_schema: { type: "object" } };
    expect(GraphSchemaSchema.parse(newer)).toEqual(newer);
    expect(GraphSchemaSchema.safeParse({ graph_id: "g" }).success).toBe(true);
    expect(GraphSchemaSchema.safeParse(without(answers.schemasHitl, "graph_id")).success).toBe(
      false,
    );
    expect(GraphSchemaSchema.safeParse({ graph_id: "g", state_schema: "object" }).success).toBe(
      false,
    );
  });

  it("parse subgraphs in the 1.5.1 short form and in the declared GraphSchema form", () => {
    expect(SubgraphsSchema.parse(answers.subgraphsNested)).toEqual(answers.subgraphsNested);
    const declared = { "child|inner": answers.schemasHitl };
    expect(SubgraphsSchema.parse(declared)).toEqual(declared);
    expect(SubgraphsSchema.parse({})).toEqual({});
    expect(SubgraphsSchema.safeParse({ child: "schema" }).success).toBe(false);
  });

  it("keep a short-form key a newer server adds, and check the known ones", () => {
    const { child } = answers.subgraphsNested;
    const newer = { child: { ...child, context: { type: "object" }, config: null } };
    expect(SubgraphsSchema.parse(newer)).toEqual(newer);
    expect(SubgraphsSchema.safeParse({ child: { ...child, state: "object" } }).success).toBe(false);
  });
});

// No server runwire is tested against implements crons: the record is the one both SDKs declare
// (PLATFORM_SPEC §2.16).
describe("cron records", () => {
  const cron = {
    cron_id: "c1",
    assistant_id: "a1",
    thread_id: null,
    on_run_completed: "keep",
    end_time: "2030-01-01T00:00:00Z",
    schedule: "0 9 * * *",
    timezone: "Europe/Paris",
    created_at: "2026-12-04T17:49:05.540Z",
    updated_at: "2026-12-04T17:49:05.540Z",
    payload: { input: { i: 1 } },
    user_id: null,
    next_run_date: "2026-12-05T08:00:00Z",
    metadata: {},
    enabled: true,
  };

  it("parse a cron unchanged, keeping keys a newer server adds", () => {
    expect(CronSchema.parse(cron)).toEqual(cron);
    expect(CronSchema.parse({ ...cron, now: "x" })).toHaveProperty("now", "x");
  });

  it("require only cron_id, and still check a known key that is present (P38)", () => {
    expect(CronSchema.safeParse({ cron_id: "c1" }).success).toBe(true);
    expect(CronSchema.safeParse(without(cron, "cron_id")).success).toBe(false);
    expect(CronSchema.safeParse({ ...cron, enabled: "yes" }).success).toBe(false);
    expect(CronSchema.safeParse({ ...cron, on_run_completed: 1 }).success).toBe(false);
    // A value a newer server adds to `on_run_completed` still parses.
    expect(CronSchema.safeParse({ ...cron, on_run_completed: "archive" }).success).toBe(true);
  });
});

describe("store records", () => {
  it("parse the server's item and answers unchanged", () => {
    expect(ItemSchema.parse(answers.item)).toEqual(answers.item);
    expect(SearchItemsResponseSchema.parse(answers.searchItems)).toEqual(answers.searchItems);
    expect(ListNamespaceResponseSchema.parse(answers.listNamespaces)).toEqual(
      answers.listNamespaces,
    );
  });

  it("accept the createdAt / updatedAt copies the client adds", () => {
    const withCopies = {
      ...answers.item,
      createdAt: answers.item.created_at,
      updatedAt: answers.item.updated_at,
    };
    expect(ItemSchema.parse(withCopies)).toEqual(withCopies);
    expect(ItemSchema.safeParse({ ...answers.item, createdAt: 1 }).success).toBe(false);
  });

  it("require namespace, key and value, and keep every other key", () => {
    for (const key of ["namespace", "key", "value"]) {
      expect(ItemSchema.safeParse(without(answers.item, key)).success).toBe(false);
    }
    expect(ItemSchema.parse({ namespace: ["a"], key: "k", value: {}, ttl: 5 })).toEqual({
      namespace: ["a"],
      key: "k",
      value: {},
      ttl: 5,
    });
  });

  it("take a search item's score as a number or null", () => {
    expect(SearchItemSchema.parse({ ...answers.item, score: 0.42 })).toHaveProperty("score", 0.42);
    expect(SearchItemSchema.safeParse({ ...answers.item, score: null }).success).toBe(true);
    expect(SearchItemSchema.safeParse({ ...answers.item, score: "high" }).success).toBe(false);
  });

  it("refuse answers without their list", () => {
    expect(SearchItemsResponseSchema.safeParse({}).success).toBe(false);
    expect(ListNamespaceResponseSchema.safeParse({ namespaces: [["a", 1]] }).success).toBe(false);
  });
});
