// How long a bench process stopped answering while it measured: its longest event-loop delay and
// the share of the time it spent collecting garbage. A round trip's tail is only the server's when
// neither the clients' process nor the server's stalled for about as long.
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

/** What a watch saw: the longest event-loop delay in ms and the share of the wall time spent in GC pauses. */
export interface Stalls { longestMs: number; gcShare: number }

/** Starts watching this process; `stop()` ends the watch and returns what it saw. */
export function watchStalls(): { stop(): Stalls } {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  gc.observe({ entryTypes: ['gc'] });
  const t0 = performance.now();
  return {
    stop() {
      delay.disable();
      gc.disconnect();
      return { longestMs: delay.max / 1e6, gcShare: gcMs / Math.max(1, performance.now() - t0) };
    },
  };
}
