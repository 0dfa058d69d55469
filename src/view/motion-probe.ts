// The view's side of the reduced-motion setting: reads it from the page (the DOM layer sets
// `data-motion="reduced"` on <html>), and records the length of every Phaser tween that runs, so an
// end-to-end test can check that none longer than 100 ms runs while motion is reduced.

declare global {
  interface Window {
    /** Test hook: the longest Phaser tween (ms) seen since the last reset. */
    __aseanTweens?: { longest: number; count: number; reset(): void };
  }
}

const probe = { longest: 0, count: 0, reset() { probe.longest = 0; probe.count = 0; } };
if (typeof window !== 'undefined') window.__aseanTweens = probe;

/** Whether the player (or the system default) asked for reduced motion. */
export function reducedMotion(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dataset['motion'] === 'reduced';
}

/** Notes a running tween's length. */
export function recordTween(durationMs: number): void {
  probe.count += 1;
  probe.longest = Math.max(probe.longest, durationMs);
}
