// The autosave format: saves round-trip, older formats migrate, and a truncated, newer, tampered
// or foreign save is refused with a message (never an exception); storage that is blocked or full
// is reported so the UI can point the player to the resume code.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import { shippedLevel } from '../helpers/level';
import { randomGame } from '../helpers/random-game';
import { makeSave, readSave, verifySave as verifyKey, type Migration } from '../../src/platform/save-format';
import { phaseOf } from '../../src/machines/phase';
import { words } from '../../src/i18n/words';
import type { SaveV2 } from '../../src/platform/save-format';

/** The check's refusal in words (null when the save is sound). */
const verifySave = (level: Level, save: SaveV2): string | null => {
  const m = verifyKey(level, save);
  return m && words(m);
};
import { createStorage } from '../../src/platform/storage';
import type { GameState } from '../../src/sim/state';

let level: Level;
let game: GameState;
beforeAll(async () => {
  level = await shippedLevel();
  game = randomGame(level, 21, 'tense', [4, 8, 15, 16, 23, 42]);
});

/** A save as it comes back from storage: through JSON. */
const stored = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe('save format', () => {
  it('reads back a save and verifies it against its scenario', () => {
    const r = readSave(stored(makeSave(level.id, game, 1000)));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.save).toMatchObject({ v: 2, levelId: level.id, savedAt: 1000 });
      expect(r.save.game).toEqual(game);
      expect(verifySave(level, r.save)).toBeNull();
    }
  });

  it('migrates a format 1 save (English sentences in its reports) and rebuilds its reports by replay', () => {
    const v1 = stored(makeSave(level.id, game, 1000)) as Record<string, unknown> & { game: GameState };
    v1['v'] = 1;
    for (const r of v1.game.reports) {
      for (const c of r.changes) (c as unknown as { cause: string }).cause = 'Fighting went on along the border';
      for (const i of r.incidents) Object.assign(i, { text: 'A landmine explodes.' });
    }
    const r = readSave(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.save.v).toBe(2);
    expect(verifySave(level, r.save)).toBeNull();
    expect(r.save.game).toEqual(game);
    // A format 1 save with a changed number is still refused.
    const bad = stored(v1) as typeof v1;
    bad.game.capital += 1;
    const b = readSave(bad);
    expect(b.ok && verifySave(level, b.save)).toMatch(/does not match/);
  });

  it('migrates a v0 save through the migration table', () => {
    const v0 = { v: 0, scenario: level.id, time: '1970-01-01T00:00:01.000Z', state: game };
    const table: Record<number, Migration> = {
      0: (old) => ({ v: 2, levelId: old['scenario'], savedAt: Date.parse(String(old['time'])), game: old['state'] }),
    };
    const r = readSave(stored(v0), table);
    expect(r.ok && r.save.savedAt).toBe(1000);
    expect(readSave(stored(v0)).ok).toBe(false);
  });

  it('refuses a truncated save', () => {
    const text = JSON.stringify(makeSave(level.id, game));
    const storage = createStorage(null);
    storage.set('raw', text.slice(0, text.length / 2));
    const r = readSave(storage.get('raw', null));
    expect(!r.ok && words(r.notice)).toMatch(/could not be read/);
    expect(readSave(JSON.parse(text.replace(/"log":\[.*\],"reports"/, '"reports"'))).ok).toBe(false);
  });

  it('refuses a save from a newer version with a message that says so', () => {
    const r = readSave(stored({ ...makeSave(level.id, game), v: 3 }));
    expect(!r.ok && words(r.notice)).toMatch(/newer version/);
  });

  it('refuses a tampered save: the state does not replay from its own log', () => {
    const save = stored(makeSave(level.id, game)) as ReturnType<typeof makeSave>;
    save.game.capital += 5;
    const r = readSave(save);
    expect(r.ok).toBe(true);
    if (r.ok) expect(verifySave(level, r.save)).toMatch(/does not match its own history/);
    const cut = stored(makeSave(level.id, game)) as ReturnType<typeof makeSave>;
    cut.game.log.pop();
    expect(verifySave(level, cut)).toMatch(/does not match/);
  });

  it('refuses values that are not saves of this game', () => {
    for (const junk of [null, 42, 'save', [], {}, { v: 1 }, { v: 1.5 }, { v: 1, levelId: 'x', savedAt: 1, game: {} }, { name: 'other game', level: 3 }]) {
      const r = readSave(junk);
      expect(r.ok, JSON.stringify(junk)).toBe(false);
    }
    expect(verifySave(level, { ...makeSave('other', { ...game, scenarioId: 'other' }) })).toMatch(/another scenario/);
  });

  it('tells where the round stands from the last decision', () => {
    expect(phaseOf({ ...game, log: [] })).toBe('situation');
    expect(phaseOf({ ...game, log: [{ type: 'host_talks' }] })).toBe('acting');
    expect(phaseOf({ ...game, log: [{ type: 'propose', proposal: {} }] })).toBe('responding');
    expect(phaseOf({ ...game, log: [{ type: 'end_round' }] })).toBe('world');
  });
});

describe('storage status', () => {
  it('is persistent with working storage, and not when blocked or full', () => {
    const map = new Map<string, string>();
    const ok = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) } as unknown as Storage;
    const s = createStorage(ok);
    s.set('a', 1);
    expect(s.persistent()).toBe(true);
    s.remove('a');
    expect(s.get('a', null)).toBeNull();
    expect(createStorage(null).persistent()).toBe(false);
    const full = { ...ok, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } } as unknown as Storage;
    const f = createStorage(full);
    expect(f.persistent()).toBe(true);
    f.set('a', { big: true });
    expect(f.persistent()).toBe(false);
    expect(f.get('a', null)).toEqual({ big: true });
  });
});
