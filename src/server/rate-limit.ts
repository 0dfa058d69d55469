// A token bucket per client: a burst of messages is fine, a steady flood is not. The room asks it
// before decoding anything, so a flooding client costs the server almost nothing.

/** A token bucket of `burst` tokens refilled at `perSecond` tokens a second. */
export class RateLimit {
  private tokens: number;
  private last: number;
  /** When the client was last told it is too fast (one notice a second, not one per message). */
  private warned = -Infinity;

  constructor(private readonly burst = 20, private readonly perSecond = 10, private readonly now: () => number = Date.now) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes one token; false when none is left. */
  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Whether to tell the client now that it is too fast. */
  shouldWarn(): boolean {
    const t = this.now();
    if (t - this.warned < 1000) return false;
    this.warned = t;
    return true;
  }
}
