// runs.wait through the proxy against the real LangGraph server.
import { RunError } from "@runwire/edge";
import { describe, expect, it } from "vitest";
import { browserClient, directClient } from "./support/clients";
import { useProxy } from "./support/proxy-server";
import { rejectionOf, withoutIds } from "./support/streams";

const proxy = useProxy();

const input = { messages: [{ type: "human", content: "tides" }] };

describe.concurrent("runs.wait through the proxy", () => {
  it("stateless and threaded: the final state of the same run waited for directly", async () => {
    const created: unknown[] = [];
    const thread = crypto.randomUUID();
    const browser = browserClient(proxy.url);
    const [stateless, threaded, direct] = await Promise.all([
      browser.runs.wait(null, "echo", { input }),
      browser.runs.wait(thread, "echo", {
        input,
        ifNotExists: "create",
        onRunCreated: (run) => created.push(run),
      }),
      directClient().runs.wait(null, "echo", { input }),
    ]);
    expect(withoutIds(stateless)).toEqual(withoutIds(direct));
    expect(withoutIds(threaded)).toEqual(withoutIds(direct));
    expect(direct).toMatchObject({ steps: 2 });
    // Content-Location passed through: the run can be looked up through the proxy.
    const [run] = created as { run_id: string; thread_id: string }[];
    expect(run?.thread_id).toBe(thread);
    expect((await browser.runs.get(thread, run?.run_id ?? "")).status).toBe("success");
  });

  it("a failed run raises the same RunError in the browser as directly", async () => {
    const [proxied, direct] = await Promise.all([
      rejectionOf(browserClient(proxy.url).runs.wait(null, "error", { input: {} })),
      rejectionOf(directClient().runs.wait(null, "error", { input: {} })),
    ]);
    expect(proxied).toBeInstanceOf(RunError);
    expect((proxied as RunError).message).toBe("CustomError: Boo!");
    expect((proxied as RunError).message).toBe((direct as RunError).message);
  });
});
