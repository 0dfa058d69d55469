// Campaign progress: scenarios unlock in order when the one before is finished (any outcome),
// the teacher switch opens all of them, and progress survives a reload (a new storage over the
// same backend) and garbage in storage.
import { describe, expect, it } from 'vitest';
import { createStorage } from '../../src/platform/storage';
import { isUnlocked, PROGRESS_KEY, readProgress, recordFinished, setPlayAny } from '../../src/platform/progress';

function memoryBackend(): globalThis.Storage {
  const map = new Map<string, string>();
  return {
    get length() { return map.size; },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

const ORDER = ['may', 'july', 'august'];

describe('campaign progress', () => {
  it('unlocks the next scenario when the previous one is finished, whatever the outcome', () => {
    const storage = createStorage(memoryBackend());
    let p = readProgress(storage);
    expect(ORDER.map((id) => isUnlocked(ORDER, p, id))).toEqual([true, false, false]);
    p = recordFinished(storage, 'may', { kind: 'loss', score: 12 });
    expect(ORDER.map((id) => isUnlocked(ORDER, p, id))).toEqual([true, true, false]);
    expect(isUnlocked(ORDER, p, 'a-teachers-file')).toBe(true);
  });

  it('opens every scenario in teacher mode', () => {
    const storage = createStorage(memoryBackend());
    const p = setPlayAny(storage, true);
    expect(ORDER.every((id) => isUnlocked(ORDER, p, id))).toBe(true);
    expect(setPlayAny(storage, false).playAny).toBe(false);
  });

  it('keeps the best result and survives a reload', () => {
    const backend = memoryBackend();
    const storage = createStorage(backend);
    recordFinished(storage, 'may', { kind: 'partial', score: 40 });
    recordFinished(storage, 'may', { kind: 'loss', score: 90 });
    recordFinished(storage, 'july', { kind: 'win', score: 70 });
    setPlayAny(storage, true);
    const reloaded = readProgress(createStorage(backend));
    expect(reloaded).toEqual({ finished: { may: { kind: 'partial', score: 40 }, july: { kind: 'win', score: 70 } }, playAny: true });
    expect(backend.getItem(PROGRESS_KEY)).toContain('"july"');
  });

  it('reads garbage as no progress', () => {
    for (const raw of ['not json', '[1,2]', '{"finished":{"may":{"kind":"won","score":1}},"playAny":"yes"}', 'null']) {
      const backend = memoryBackend();
      backend.setItem(PROGRESS_KEY, raw);
      expect(readProgress(createStorage(backend))).toEqual({ finished: {}, playAny: false });
    }
  });
});
