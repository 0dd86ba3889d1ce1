// client.close() on the edge client, with Node's fetch, against the real LangGraph server: the
// scenario every runtime's client runs (core's semantics), here with the fetch transport.
import { describeClientClose } from "@runwire/langgraph-test-server/close-scenario";
import { ClientClosedError, createClient } from "../src/index";

describeClientClose({ runtime: "Node's fetch", createClient, ClientClosedError });
