/** How idempotent requests are retried and broken streams resumed. */
export interface RetryPolicy {
  /** Retries after the first attempt (default 3). `0` disables retries. */
  maxRetries: number;
  /** First backoff delay in ms (default 500); doubles per attempt. */
  initialDelayMs: number;
  /** Longest backoff delay in ms (default 8000). */
  maxDelayMs: number;
  /** The longest `Retry-After` honoured, in ms (default 60000); a longer one is not waited for. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

/**
 * Capped exponential backoff with jitter: between half and all of `initial * 2^attempt`, capped,
 * so many clients that failed together do not come back together.
 */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Statuses worth another try of an idempotent request. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}
