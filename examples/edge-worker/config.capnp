# workerd configuration of the example: one worker (the bundle in dist/worker.js) on an HTTP
# socket, whose outbound fetches may reach this machine, where the LangGraph server runs.
#
#   workerd serve config.capnp --socket-addr http=127.0.0.1:8787
#
# The LangGraph server's URL comes from the LANGGRAPH_API_URL environment variable, its API key
# (if it needs one) from LANGGRAPH_API_KEY.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    # The worker's `fetch` goes through the service named "internet". By default it reaches only
    # public addresses; the LangGraph server of this example listens on 127.0.0.1.
    (name = "internet", network = (allow = ["public", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:8787", http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "dist/worker.js")],
  compatibilityDate = "2025-09-01",
  bindings = [
    (name = "LANGGRAPH_API_URL", fromEnvironment = "LANGGRAPH_API_URL"),
    (name = "LANGGRAPH_API_KEY", fromEnvironment = "LANGGRAPH_API_KEY"),
  ],
);
