// client.close() on the browser client, through ky over Node's fetch, against the real LangGraph
// server: the scenario every runtime's client runs (core's semantics), here with the ky transport.
import { describeClientClose } from "@runwire/langgraph-test-server/close-scenario";
import { ClientClosedError, createClient } from "../src/index";

describeClientClose({ runtime: "ky on Node's fetch", createClient, ClientClosedError });
