// A later chunk is fetched once however many screens ask for it, and a failed fetch (offline) is
// tried again on the next request instead of failing for the rest of the visit.
import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../src/content/load-once';

describe('loadOnce', () => {
  it('fetches once for many callers and keeps the value', async () => {
    let calls = 0;
    const chunk = loadOnce(async () => ({ n: ++calls }));
    expect(chunk.get()).toBeNull();
    const [a, b] = await Promise.all([chunk.load(), chunk.load()]);
    expect(a).toBe(b);
    expect(await chunk.load()).toBe(a);
    expect(chunk.get()).toBe(a);
    expect(calls).toBe(1);
  });

  it('tries again after a failed fetch', async () => {
    let calls = 0;
    const chunk = loadOnce(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return 'engine';
    });
    await expect(chunk.load()).rejects.toThrow('offline');
    expect(chunk.get()).toBeNull();
    expect(await chunk.load()).toBe('engine');
    expect(calls).toBe(2);
  });
});
