import type {
  Cron,
  CronsCountOptions,
  CronsCreateOptions,
  CronsDeleteOptions,
  CronsSearchOptions,
  CronsUpdateOptions,
  EndpointDescriptor,
} from "@runwire/types";
import { CRONS_ENDPOINTS } from "@runwire/types/runtime";
import { checkSelect } from "../endpoint/arguments";
import { callEndpoint, prepareCall } from "../endpoint/call";
import { warnIfCheckpointDuring } from "../endpoint/checkpoint-during";
import { readEndpointResponse, responseFor } from "../endpoint/response";
import type { HttpClient } from "../request/http-client";

/**
 * The crons API: schedule runs of an assistant on a thread or statelessly, update, delete, search
 * and count those schedules. Method names and arguments follow `@langchain/langgraph-sdk`'s crons
 * client; every option is checked before anything is sent, and errors are typed. Crons are a
 * LangGraph Platform feature: the LangGraph JS server 1.5.1 (`langgraph dev`) does not implement
 * them and answers 400, 404 or 500 `Not implemented`.
 *
 * @example
 * const cron = await client.crons.create("agent", { schedule: "0 9 * * *", input: {} });
 * await client.crons.update(cron.cron_id, { enabled: false });
 */
export class CronsClient {
  /** @internal Made by `Client`. */
  constructor(private readonly http: HttpClient) {}

  /**
   * Schedules runs of an assistant on a thread: each time the schedule fires, a run starts on
   * that thread. `schedule` is required; `endTime` may be a `Date`. `checkpointDuring` is still
   * sent, with a console warning.
   *
   * @param threadId - the thread every run goes to
   * @param assistantId - the assistant's id, or a graph id for that graph's system assistant
   * @example
   * const cron = await client.crons.createForThread(threadId, "agent", {
   *   schedule: "0 * * * *", // every hour
   *   input: { check: "inbox" },
   *   endTime: new Date("2030-01-01T00:00:00Z"),
   * });
   */
  async createForThread(
    threadId: string,
    assistantId: string,
    payload?: CronsCreateOptions,
  ): Promise<Cron> {
    return this.createWith(CRONS_ENDPOINTS.createForThread, { threadId, assistantId }, payload);
  }

  /**
   * Schedules stateless runs of an assistant: each time the schedule fires, a run starts on a new
   * thread, deleted when the run ends unless `onRunCompleted: "keep"`. `schedule` is required;
   * `endTime` may be a `Date`; `timezone` names the IANA zone the schedule is read in (UTC when
   * left out).
   *
   * @param assistantId - the assistant's id, or a graph id for that graph's system assistant
   * @example
   * const cron = await client.crons.create("agent", {
   *   schedule: "0 9 * * 1-5",
   *   timezone: "Europe/Paris",
   *   input: { report: "daily" },
   *   onRunCompleted: "keep",
   * });
   */
  async create(assistantId: string, payload?: CronsCreateOptions): Promise<Cron> {
    return this.createWith(CRONS_ENDPOINTS.create, { assistantId }, payload);
  }

  /**
   * Updates a cron: each given option replaces its field, and nothing given sends `{}`.
   * `endTime: null` clears the end time, so the cron never stops.
   *
   * @example
   * await client.crons.update(cronId, { schedule: "0 10 * * *", enabled: false });
   * await client.crons.update(cronId, { endTime: null }); // runs forever again
   */
  async update(cronId: string, payload?: CronsUpdateOptions): Promise<Cron> {
    return callEndpoint(this.http, CRONS_ENDPOINTS.update, { cronId }, payload);
  }

  /**
   * Deletes a cron. Resolves with nothing, whatever the server answers.
   *
   * @example
   * await client.crons.delete(cronId);
   */
  async delete(cronId: string, options?: CronsDeleteOptions): Promise<void> {
    return callEndpoint(this.http, CRONS_ENDPOINTS.delete, { cronId }, options);
  }

  /**
   * Lists crons matching the filters (10 by default). With `select`, each cron has only the
   * selected fields (typed as whole crons, as the official SDK does); an empty `select` is refused
   * (leave it out for every field).
   *
   * @example
   * const crons = await client.crons.search({ assistantId: "agent", enabled: true, limit: 20 });
   */
  async search(query?: CronsSearchOptions): Promise<Cron[]> {
    const { search } = CRONS_ENDPOINTS;
    const { spec, options } = prepareCall<CronsSearchOptions>(search, {}, query);
    checkSelect(options.select, search.id);
    const response = await this.http.open(spec);
    return readEndpointResponse(this.http, response, responseFor(search, options), search.id);
  }

  /**
   * Counts the crons matching the filters (`assistantId`, `threadId`, `metadata`).
   *
   * @example
   * const n = await client.crons.count({ assistantId: "agent" });
   */
  async count(query?: CronsCountOptions): Promise<number> {
    return callEndpoint(this.http, CRONS_ENDPOINTS.count, {}, query);
  }

  // Both create methods: checked, warned about `checkpointDuring`, then sent once (never retried).
  private async createWith(
    endpoint: EndpointDescriptor<CronsCreateOptions, Cron>,
    args: Readonly<Record<string, unknown>>,
    payload: CronsCreateOptions | undefined,
  ): Promise<Cron> {
    const { spec, options } = prepareCall(endpoint, args, payload);
    warnIfCheckpointDuring(options);
    const response = await this.http.open(spec);
    return readEndpointResponse(this.http, response, endpoint.response, endpoint.id);
  }
}
