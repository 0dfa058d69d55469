// The storage wrapper must never throw: it falls back to memory when localStorage is missing,
// throws on access, or is full, and it tolerates garbage in stored values.
import { describe, expect, it } from 'vitest';
import { createStorage, readSettings, writeSettings, SETTINGS_KEY } from '../../src/platform/storage';

function fakeStorage(opts: { failWrites?: boolean } = {}): Storage {
  const map = new Map<string, string>();
  return {
    get length() { return map.size; },
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => {
      if (opts.failWrites) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
  };
}

describe('storage', () => {
  it('round-trips JSON through localStorage', () => {
    const backend = fakeStorage();
    const s = createStorage(backend);
    s.set('k', { a: 1 });
    expect(s.get('k', null)).toEqual({ a: 1 });
    expect(backend.getItem('k')).toBe('{"a":1}');
  });

  it('keeps values in memory when storage is unavailable or full', () => {
    for (const backend of [null, fakeStorage({ failWrites: true })]) {
      const s = createStorage(backend);
      expect(s.get('k', 'fallback')).toBe('fallback');
      s.set('k', 42);
      expect(s.get('k', 0)).toBe(42);
    }
  });

  it('returns the fallback for unparseable values', () => {
    const backend = fakeStorage();
    backend.setItem('bad', '{not json');
    expect(createStorage(backend).get('bad', 7)).toBe(7);
  });

  it('merges settings so audio and text size do not overwrite each other', () => {
    const s = createStorage(fakeStorage());
    writeSettings(s, { muted: true });
    writeSettings(s, { textSize: 150 });
    expect(readSettings(s)).toEqual({ muted: true, textSize: 150 });
    s.set(SETTINGS_KEY, 'garbage');
    expect(readSettings(s)).toEqual({});
  });
});
