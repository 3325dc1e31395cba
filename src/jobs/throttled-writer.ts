// Writes only the latest of many values, at most once per interval: a streaming model may send a partial document
// for every token, and storing each would flood the database and every watcher.

export interface ThrottledWriter<Value> {
  /** Offers a value; it is written now, at the end of the current interval, or replaced by a newer one. */
  push(value: Value): void;
  /** Drops what is waiting and resolves once a write in progress has ended. Nothing is written afterwards. */
  stop(): Promise<void>;
}

export function throttledWriter<Value>(write: (value: Value) => Promise<void>, intervalMs: number, onError: (error: unknown) => void): ThrottledWriter<Value> {
  let latest: { value: Value } | undefined;
  let lastWriteAt = -Infinity;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  let isStopped = false;

  const flush = () => {
    timer = undefined;
    if (isStopped || !latest || inFlight) return;
    const { value } = latest;
    latest = undefined;
    lastWriteAt = performance.now();
    inFlight = write(value)
      .catch(onError)
      .finally(() => {
        inFlight = undefined;
        if (latest) schedule();
      });
  };

  function schedule() {
    if (timer || isStopped) return;
    timer = setTimeout(flush, Math.max(0, lastWriteAt + intervalMs - performance.now()));
  }

  return {
    push(value) {
      if (isStopped) return;
      latest = { value };
      if (!inFlight) schedule();
    },
    async stop() {
      isStopped = true;
      latest = undefined;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await inFlight;
    },
  };
}
