// Five nodes that each sleep `delay` ms and log their name: for cancel, join and multitask tests.
import { Annotation, StateGraph } from "@langchain/langgraph";

const State = Annotation.Root({
  delay: Annotation<number>({ reducer: (_, b) => b, default: () => 100 }),
  log: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
});

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

const step =
  (name: string) => async (state: typeof State.State, config: { signal?: AbortSignal }) => {
    await sleep(state.delay, config.signal);
    return { log: [name] };
  };

export const graph = new StateGraph(State)
  .addNode("s1", step("s1"))
  .addNode("s2", step("s2"))
  .addNode("s3", step("s3"))
  .addNode("s4", step("s4"))
  .addNode("s5", step("s5"))
  .addEdge("__start__", "s1")
  .addEdge("s1", "s2")
  .addEdge("s2", "s3")
  .addEdge("s3", "s4")
  .addEdge("s4", "s5")
  .addEdge("s5", "__end__")
  .compile();
