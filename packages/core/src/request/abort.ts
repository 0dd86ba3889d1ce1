// Small abort helpers. Signals are linked by hand rather than with `AbortSignal.any` because every
// link here is removed as soon as its request settles: a long-lived stream makes many requests
// over one caller signal, and listeners left behind would pile up on it.

/** Whether `error` is how an aborted signal rejects (its reason, or a DOM `AbortError`). */
export function isAbortError(error: unknown, signal: AbortSignal | undefined): boolean {
  if (signal?.aborted && error === signal.reason) return true;
  return error instanceof Error && error.name === "AbortError";
}

/** A controller that also aborts when `parent` does; `dispose()` removes the link. */
export function childController(parent: AbortSignal | undefined): {
  controller: AbortController;
  dispose: () => void;
} {
  const controller = new AbortController();
  return { controller, dispose: linkAbort(parent, controller) };
}

/** Aborts `controller` when `parent` aborts (at once if it has); returns the unlink. */
export function linkAbort(
  parent: AbortSignal | undefined,
  controller: AbortController,
): () => void {
  if (!parent) return () => {};
  if (parent.aborted) {
    controller.abort(parent.reason);
    return () => {};
  }
  const onAbort = () => controller.abort(parent.reason);
  parent.addEventListener("abort", onAbort, { once: true });
  return () => parent.removeEventListener("abort", onAbort);
}

/** Rejects with the signal's reason when it aborts; leaves no listener once settled. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    // The losing promise still settles (a transport given an aborted signal rejects): handle it.
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/**
 * The longest delay `setTimeout` honours; a longer one fires after 1 ms. Longer waits are cut to
 * this (about 24.8 days) rather than turned into no wait at all.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts (clearing the timer). */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.min(ms, MAX_TIMER_MS),
    );
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
