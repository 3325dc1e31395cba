/** Runs `task` after a warm-up and returns the timings in milliseconds, sorted. */
export function measure(task: () => unknown, { runs = 50, warmup = 5 } = {}): number[] {
  for (let index = 0; index < warmup; index += 1) task();
  const timings: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    task();
    timings.push(performance.now() - start);
  }
  return timings.sort((first, second) => first - second);
}

export function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

export const median = (sorted: readonly number[]) => percentile(sorted, 0.5);

export function row(label: string, sorted: readonly number[], extra = ''): string {
  return `${label.padEnd(44)} median ${median(sorted).toFixed(2).padStart(8)} ms   p95 ${percentile(sorted, 0.95).toFixed(2).padStart(8)} ms ${extra}`;
}
