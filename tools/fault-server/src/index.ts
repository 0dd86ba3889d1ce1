/**
 * `@runwire/fault-server`: a real local HTTP server that speaks the LangGraph runs endpoints with a
 * deterministic resumable run, and a thread's event stream of several runs that honours
 * `Last-Event-ID`; misbehaves on command (cuts, stalls, error pages, redirects, huge and endless
 * streams, slow drips) and records every request; a port that never accepts; and a
 * cutting proxy in front of a real server. For runwire's reliability and security suite.
 *
 * @packageDocumentation
 */
export { type BlackHole, startBlackHole } from "./black-hole";
export { type LoopbackListener, listenOnLoopback, passedHeaders } from "./loopback";
export { type CutRule, type CuttingProxy, type ProxiedRequest, startCuttingProxy } from "./proxy";
export type { ByteSource, PumpPlan, PumpResult } from "./pump";
export {
  type FrameOptions,
  finalState,
  framesWithin,
  frameText,
  prng,
  type RunBytes,
  type RunEvent,
  runBytes,
  runEvent,
  runEventJson,
  runEvents,
  runFrame,
} from "./run";
export {
  bigValues,
  type Fault,
  type FaultServer,
  type FaultServerOptions,
  gatewayPage,
  type Match,
  type RecordedRequest,
  type Route,
  type RunState,
  startFaultServer,
} from "./server";
export {
  inThreadModes,
  type ThreadMode,
  type ThreadShape,
  threadBytes,
  threadEvent,
  threadEventCount,
  threadEvents,
  threadFrames,
  threadRunId,
} from "./thread";
