// Work a process repeats on a timer (re-checking custom domains, sweeping expired rows): one run at a time, a
// failure logged rather than thrown, and an unref'd timer, so a periodic task never keeps the process alive.
import type { Logger } from '../logger.ts';
import { inSpan } from '../tracing.ts';

export interface PeriodicTask {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

export interface PeriodicTaskOptions {
  /** What the log lines call it ("Re-checking custom domains"). */
  name: string;
  intervalMs: number;
  logger: Logger;
  run: () => Promise<void>;
}

export function startPeriodicTask({ name, intervalMs, logger, run }: PeriodicTaskOptions): PeriodicTask {
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = inSpan(`task ${name}`, { attributes: { 'pagehub.task.name': name } }, run) // its queries nest under it in traces
      .catch((error: unknown) => logger.error({ err: error }, `${name} failed`))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
