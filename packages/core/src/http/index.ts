export {
  API_KEY_HEADER,
  assertNoApiKeyHeader,
  checkApiKeyValue,
  resolveApiKey,
} from "./api-key";
export { type HeadersLayer, mergeHeaders } from "./headers";
export { type DecodeJsonOptions, decodeJsonBody, encodeJsonBody } from "./json";
export { type CheckLocationOptions, checkReconnectLocation, hasScheme } from "./location";
export { HTTP_METHODS, type HttpMethod, isHttpMethod } from "./method";
export { encodePathSegment } from "./path";
export {
  encodeQuery,
  mergeQuery,
  type QueryEntry,
  type QueryParams,
  type QueryRecord,
  type QueryValue,
} from "./query";
export { type RunMetadata, runMetadataFromContentLocation } from "./run-metadata";
export { joinUrl, normalizeBaseUrl } from "./url";
