// Server-side durations for the benchmark (request `resolutionReferences/timings`). Recorded only
// when asked for (RESREF_TIMINGS=1 in the server's environment): otherwise every call is a no-op
// and no garbage-collection observer runs.

import { constants, PerformanceObserver, type PerformanceEntry } from 'perf_hooks';

/** Durations kept per name: enough for a benchmark run of 200 edits, bounded for a long session. */
const KEPT_PER_NAME = 1000;

export interface Timings {
  readonly enabled: boolean;
  /** A monotonic clock reading in nanoseconds, or 0n when disabled. */
  now(): bigint;
  record(name: string, ms: number): void;
  /** Records the time since `from` (a `now()` reading) under `name`. */
  since(name: string, from: bigint): void;
  timed<T>(name: string, fn: () => T): T;
  snapshot(): Record<string, number[]>;
  dispose(): void;
}

const OFF: Timings = {
  enabled: false,
  now: () => 0n,
  record: () => undefined,
  since: () => undefined,
  timed: (_name, fn) => fn(),
  snapshot: () => ({}),
  dispose: () => undefined,
};

export function createTimings(enabled: boolean): Timings {
  if (!enabled) return OFF;
  const lists = new Map<string, number[]>();
  const record = (name: string, ms: number): void => {
    const list = lists.get(name) ?? [];
    if (list.length >= KEPT_PER_NAME) list.shift();
    list.push(ms);
    lists.set(name, list);
  };
  const now = (): bigint => process.hrtime.bigint();
  // Garbage-collection pauses: they, not the analysis, make the worst latencies.
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      record(kind === constants.NODE_PERFORMANCE_GC_MAJOR ? 'gc.major' : kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'gc.minor' : 'gc.other', e.duration);
    }
  });
  gc.observe({ entryTypes: ['gc'] });
  return {
    enabled: true,
    now,
    record,
    since: (name, from) => record(name, Number(now() - from) / 1e6),
    timed: (name, fn) => {
      const t0 = now();
      try {
        return fn();
      } finally {
        record(name, Number(now() - t0) / 1e6);
      }
    },
    snapshot: () => Object.fromEntries(lists),
    dispose: () => gc.disconnect(),
  };
}
