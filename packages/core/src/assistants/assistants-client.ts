import type {
  Assistant,
  AssistantGraph,
  AssistantsCountOptions,
  AssistantsCreateOptions,
  AssistantsDeleteOptions,
  AssistantsGetGraphOptions,
  AssistantsGetOptions,
  AssistantsGetSchemasOptions,
  AssistantsGetSubgraphsOptions,
  AssistantsGetVersionsOptions,
  AssistantsSearchOptions,
  AssistantsSearchResponse,
  AssistantsSetLatestOptions,
  AssistantsUpdateOptions,
  AssistantVersion,
  GraphSchema,
  Subgraphs,
} from "@runwire/types";
import { ASSISTANTS_ENDPOINTS } from "@runwire/types/runtime";
import { checkSelect } from "../endpoint/arguments";
import { callEndpoint, prepareCall } from "../endpoint/call";
import { readEndpointResponse, responseFor } from "../endpoint/response";
import type { HttpClient } from "../request/http-client";

/**
 * The assistants API: get, create, update, delete, search and count assistants, their versions,
 * and their graph's drawing and schemas. Method names and arguments follow
 * `@langchain/langgraph-sdk`'s assistants client; every option is checked before anything is
 * sent, and errors are typed. Wherever an assistant id is taken, a graph id also works: it names
 * that graph's system assistant.
 *
 * @example
 * const assistant = await client.assistants.create({ graphId: "agent", name: "Support" });
 * const graph = await client.assistants.getGraph(assistant.assistant_id, { xray: true });
 */
export class AssistantsClient {
  /** @internal Made by `Client`. */
  constructor(private readonly http: HttpClient) {}

  /**
   * Gets an assistant. An unknown id is a `NotFoundError`.
   *
   * @param assistantId - the assistant's id, or a graph id for that graph's system assistant
   * @example
   * const assistant = await client.assistants.get("agent");
   */
  async get(assistantId: string, options?: AssistantsGetOptions): Promise<Assistant> {
    return callEndpoint(this.http, ASSISTANTS_ENDPOINTS.get, { assistantId }, options);
  }

  /**
   * Gets the drawing of the assistant's graph: its nodes and edges. `xray` also draws the nodes of
   * subgraphs (`true`: every level; a number: that many levels).
   *
   * @example
   * const { nodes, edges } = await client.assistants.getGraph("agent", { xray: true });
   */
  async getGraph(
    assistantId: string,
    options?: AssistantsGetGraphOptions,
  ): Promise<AssistantGraph> {
    return callEndpoint(this.http, ASSISTANTS_ENDPOINTS.getGraph, { assistantId }, options);
  }

  /**
   * Gets the JSON Schemas of the assistant's graph (input, output, state, config, context). The
   * LangGraph JS server computes them on the first call for a graph, which can take 20–30 s.
   *
   * @example
   * const { input_schema } = await client.assistants.getSchemas("agent");
   */
  async getSchemas(
    assistantId: string,
    options?: AssistantsGetSchemasOptions,
  ): Promise<GraphSchema> {
    return callEndpoint(this.http, ASSISTANTS_ENDPOINTS.getSchemas, { assistantId }, options);
  }

  /**
   * Gets the schemas of the assistant's subgraphs, keyed by namespace; `namespace` picks one,
   * `recurse` also lists subgraphs of subgraphs. Slow on the first call for a graph, as
   * `getSchemas` is.
   *
   * @example
   * const subgraphs = await client.assistants.getSubgraphs("agent", { recurse: true });
   * console.log(Object.keys(subgraphs)); // ["child", "child|grandchild"]
   */
  async getSubgraphs(
    assistantId: string,
    options?: AssistantsGetSubgraphsOptions,
  ): Promise<Subgraphs> {
    // A given namespace, even an empty one, takes the namespaced route, whose path builder then
    // refuses what cannot be a path segment (`""`, `.`, `..`) as a RunwireValidationError.
    const namespace = (options as { namespace?: unknown } | null | undefined)?.namespace;
    // Read here, not destructured at the top of the module: a bundler keeps a top-level
    // destructuring (a side effect to it), and with it every assistants endpoint in any bundle.
    const { getSubgraphs } = ASSISTANTS_ENDPOINTS;
    return namespace === undefined || namespace === null
      ? callEndpoint(this.http, getSubgraphs.all, { assistantId }, options)
      : callEndpoint(this.http, getSubgraphs.namespaced, { assistantId, namespace }, options);
  }

  /**
   * Creates an assistant for a graph. With `assistantId` and `ifExists: "do_nothing"`, an
   * existing assistant is returned unchanged instead of a `ConflictError`.
   *
   * @example
   * const assistant = await client.assistants.create({
   *   graphId: "agent",
   *   name: "Support bot",
   *   context: { model: "small" },
   * });
   */
  async create(payload: AssistantsCreateOptions): Promise<Assistant> {
    return callEndpoint(this.http, ASSISTANTS_ENDPOINTS.create, {}, payload);
  }

  /**
   * Updates an assistant: `metadata` is merged into the old metadata, every other option
   * replaces its field. Each update, even one with no option, makes a new version.
   *
   * @example
   * const updated = await client.assistants.update(assistantId, { name: "Renamed" });
   * console.log(updated.version); // one more than before
   */
  async update(assistantId: string, payload?: AssistantsUpdateOptions): Promise<Assistant> {
    return callEndpoint(this.http, ASSISTANTS_ENDPOINTS.update, { assistantId }, payload);
  }

  /**
   * Deletes an assistant; `deleteThreads: true` also deletes the threads whose
   * `metadata.assistant_id` is this assistant. Resolves with nothing, whatever the server answers.
   *
   * @example
   * await client.assistants.delete(assistantId, { deleteThreads: true });
   */
  async delete(assistantId: string, options?: AssistantsDeleteOptions): Promise<void> {
    return callEndpoint(this.http, ASSISTANTS_ENDPOINTS.delete, { assistantId }, options);
  }

  /**
   * Lists assistants matching the filters, newest first (10 by default). With `select`, each
   * assistant has only the selected fields (typed as whole assistants, as the official SDK does);
   * an empty `select` is refused (leave it out for every field). With
   * `includePagination: true`, resolves `{ assistants, next }`, `next` being the server's
   * `X-Pagination-Next` header or `null`. The LangGraph JS server 1.5.1 sends that header only
   * when the total match count equals `limit`, and browsers cannot read it: to see every page,
   * ask for the next `offset` until a page is shorter than `limit`.
   *
   * @example
   * const assistants = await client.assistants.search({ graphId: "agent", limit: 20 });
   * const { next } = await client.assistants.search({ includePagination: true });
   */
  search(
    query: AssistantsSearchOptions & { includePagination: true },
  ): Promise<AssistantsSearchResponse>;
  // The other overloads carry no TSDoc of their own on purpose: editors then show the first
  // one's (test/types/hover.test.ts in @runwire/node checks it).
  search(
    query?: AssistantsSearchOptions & { includePagination?: false | null | undefined },
  ): Promise<Assistant[]>;
  search(query?: AssistantsSearchOptions): Promise<Assistant[] | AssistantsSearchResponse>;
  async search(query?: AssistantsSearchOptions): Promise<Assistant[] | AssistantsSearchResponse> {
    const { search } = ASSISTANTS_ENDPOINTS;
    const { spec, options } = prepareCall<AssistantsSearchOptions>(search, {}, query);
    checkSelect(options.select, search.id);
    const response = await this.http.open(spec);
    const answer = responseFor(search, options);
    const assistants = await readEndpointResponse(this.http, response, answer, search.id);
    if (options.includePagination !== true) return assistants;
    return { assistants, next: response.headers.get("x-pagination-next") };
  }

  /**
   * Counts the assistants matching the filters (the same filters as `search`).
   *
   * @example
   * const n = await client.assistants.count({ graphId: "agent" });
   */
  async count(query?: AssistantsCountOptions): Promise<number> {
    return callEndpoint(this.http, ASSISTANTS_ENDPOINTS.count, {}, query);
  }

  /**
   * Lists an assistant's versions, newest first (10 by default). The LangGraph JS server 1.5.1
   * answers an empty result, e.g. a `metadata` filter no version matches, with a `NotFoundError`.
   *
   * @example
   * const versions = await client.assistants.getVersions(assistantId, { limit: 5 });
   */
  async getVersions(
    assistantId: string,
    payload?: AssistantsGetVersionsOptions,
  ): Promise<AssistantVersion[]> {
    return callEndpoint(this.http, ASSISTANTS_ENDPOINTS.getVersions, { assistantId }, payload);
  }

  /**
   * Makes an earlier version the assistant's current one.
   *
   * @param version - a version number from `getVersions`
   * @example
   * const restored = await client.assistants.setLatest(assistantId, 1);
   */
  async setLatest(
    assistantId: string,
    version: number,
    options?: AssistantsSetLatestOptions,
  ): Promise<Assistant> {
    return callEndpoint(
      this.http,
      ASSISTANTS_ENDPOINTS.setLatest,
      { assistantId, version },
      options,
    );
  }
}
