// The saved games: a game is stored as seed + decision log with a digest and rebuilt by replay;
// the last few games are kept, newest first; nothing is written before the first decision; two
// tabs keep both their games; a write the browser refuses (full storage) never leaves an older
// save to be offered after a reload; format 2 saves are migrated on read; other tabs' writes are
// reported through `storage` events.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import { replay } from '../../src/sim/game';
import { createStorage } from '../../src/platform/storage';
import {
  checkLink, createSaves, LEGACY_SAVE_KEY, MAX_SAVES, readSaves, restoreEntry, saveGame, SAVES_KEY, watchSaves, entryCode,
} from '../../src/platform/saves';
import { makeSave } from '../../src/platform/save-format';
import { createResumePort } from '../../src/ui/resume-port';
import type { ViewModel } from '../../src/machines/view-model';
import type { AppEvent } from '../../src/machines/events';
import { decodeResumeCode } from '../../src/platform/resume-code';
import { words } from '../../src/i18n/words';
import { shippedLevel } from '../helpers/level';
import { randomGame } from '../helpers/random-game';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
});

/**
 * A browser's localStorage shared by the tabs of one test. Once `fill()` is called, the quota is
 * what is stored now: a write that would store more throws as a full browser does, a smaller one passes.
 */
function fakeLocalStorage() {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const state = { quota: Infinity };
  const backend = {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      const after = used() - (map.has(k) ? k.length + map.get(k)!.length : 0) + k.length + v.length;
      if (after > state.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
  } as unknown as Storage;
  return { map, state, backend, tab: () => createStorage(backend), fill: () => void (state.quota = used()) };
}

const played = (seed: number, choices: number[]) => randomGame(level, seed, 'tense', choices);
const vm = (screen: ViewModel['screen'], game: GameState | null): ViewModel => ({ screen, level, game, error: null, refusal: null });

describe('saved games', () => {
  it('stores a game as seed + decision log (about 100–130 characters), not the 9–14 KB state, and rebuilds it exactly', () => {
    const { map, tab } = fakeLocalStorage();
    const storage = tab();
    const game = played(31, [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6]);
    expect(game.log.length).toBeGreaterThan(15);
    expect(saveGame(storage, level, game)).toBe('stored');
    const stored = map.get(SAVES_KEY)!;
    const entry = readSaves(storage).games[0]!;
    expect(entry.log.length).toBeLessThan(140);
    expect(stored.length).toBeLessThan(400);
    expect(JSON.stringify(makeSave(level.id, game)).length).toBeGreaterThan(5000);
    const back = restoreEntry(level, entry);
    expect(back.ok && back.game).toEqual(game);
  });

  it('keeps the last few games, newest first, each game once', () => {
    const storage = fakeLocalStorage().tab();
    let now = 1000;
    const games = Array.from({ length: MAX_SAVES + 2 }, (_, i) => played(100 + i, [i, 2, 3]));
    for (const g of games) saveGame(storage, level, g, now++);
    const later = played(100 + MAX_SAVES + 1, [MAX_SAVES + 1, 2, 3, 4, 5]);
    saveGame(storage, level, later, now++);
    const list = readSaves(storage).games;
    expect(list).toHaveLength(MAX_SAVES);
    expect(list.map((e) => e.seed)).toEqual([106, 105, 104, 103, 102]);
    expect(list[0]!.decisions).toBe(later.log.length);
  });

  it('writes nothing before the first decision and never while a briefing shows', () => {
    const { map, tab } = fakeLocalStorage();
    const port = createResumePort(createSaves(tab()), () => {});
    port.autosave(vm('briefing', replay(level, 5, 'tense', [])));
    port.autosave(vm('situation', replay(level, 5, 'tense', [])));
    port.autosave(vm('briefing', replay(level, 6, 'tense', [{ type: 'host_talks' }])));
    expect(map.has(SAVES_KEY)).toBe(false);
    port.autosave(vm('acting', replay(level, 5, 'tense', [{ type: 'host_talks' }])));
    expect(readSaves(tab()).games).toHaveLength(1);
  });

  it('a game started in a second tab does not replace the first tab\'s unfinished game', () => {
    const shared = fakeLocalStorage();
    const tabA = createResumePort(createSaves(shared.tab()), () => {});
    const savesB = createSaves(shared.tab());
    const tabB = createResumePort(savesB, () => {});
    const a1 = replay(level, 5, 'tense', [{ type: 'host_talks' }, { type: 'hotline' }]);
    tabA.autosave(vm('acting', a1));
    // Tab B opens a class link with another seed: it finds A's game and must ask before starting.
    const found = savesB.linkCheck(level.id, 'tense', 42, level);
    expect(found.same).toBeNull();
    expect(found.other).toMatchObject({ levelId: level.id, round: 1, decisions: 2 });
    expect(decodeResumeCode(found.other!.code!).ok).toBe(true);
    tabB.autosave(vm('briefing', replay(level, 42, 'tense', [])));
    tabB.autosave(vm('acting', replay(level, 42, 'tense', [{ type: 'corridors' }])));
    // Tab A plays on: its write keeps B's game, and B's write kept A's.
    tabA.autosave(vm('acting', replay(level, 5, 'tense', [{ type: 'host_talks' }, { type: 'hotline' }, { type: 'end_round' }])));
    const seeds = readSaves(shared.tab()).games.map((e) => `${e.seed}:${e.decisions}`);
    expect(seeds).toEqual(['5:3', '42:1']);
    expect(savesB.linkCheck(level.id, 'tense', 42, level).same?.id).toMatch(new RegExp(`^${level.id}~42~tense~`));
  });

  it('when storage is full, the game\'s older save is taken out so a reload does not offer it as current', () => {
    const shared = fakeLocalStorage();
    const storage = shared.tab();
    const other = played(77, [1, 2]);
    saveGame(storage, level, other, 1);
    saveGame(storage, level, replay(level, 5, 'tense', [{ type: 'host_talks' }]), 2);
    shared.fill();
    const newer = replay(level, 5, 'tense', [{ type: 'host_talks' }, { type: 'hotline' }]);
    expect(saveGame(storage, level, newer, 3)).toBe('memory');
    // This page still has the newest state in memory…
    expect(readSaves(storage).games[0]).toMatchObject({ seed: 5, decisions: 2 });
    // …and after a reload the older save of that game is not offered; the other game stays.
    const reloaded = shared.tab();
    expect(readSaves(reloaded).games.map((e) => e.seed)).toEqual([77]);
  });

  it('when even the smaller list cannot be written, the stale list is removed', () => {
    const shared = fakeLocalStorage();
    saveGame(shared.tab(), level, replay(level, 5, 'tense', [{ type: 'host_talks' }]), 1);
    const backend = shared.backend as unknown as { setItem: (k: string, v: string) => void };
    backend.setItem = (k: string) => {
      if (k !== '__asean-mediator-probe__') throw new DOMException('full', 'QuotaExceededError');
    };
    const storage = shared.tab();
    expect(saveGame(storage, level, replay(level, 5, 'tense', [{ type: 'host_talks' }, { type: 'hotline' }]), 2)).toBe('memory');
    expect(shared.map.has(SAVES_KEY)).toBe(false);
    expect(storage.persistent()).toBe(false);
  });

  it('takes a finished game off the list', () => {
    const storage = fakeLocalStorage().tab();
    const start = replay(level, 9, 'calm', [{ type: 'host_talks' }]);
    saveGame(storage, level, start);
    const over = { ...start, log: [...start.log, { type: 'end_round' as const }], outcome: { kind: 'loss' as const, reason: 'war' as const, score: 0, breakdown: { acceptance: 0, livesSaved: 0, returns: 0, durability: 0, credibility: 0 } } };
    saveGame(storage, level, over);
    expect(readSaves(storage).games).toEqual([]);
  });

  it('migrates a format 2 save on read, and refuses one whose state was changed', () => {
    const game = played(21, [4, 8, 15, 16, 23, 42]);
    const shared = fakeLocalStorage();
    shared.map.set(LEGACY_SAVE_KEY, JSON.stringify(makeSave(level.id, game, 1234)));
    const storage = shared.tab();
    const { games, problem } = readSaves(storage);
    expect(problem).toBeNull();
    expect(games).toHaveLength(1);
    expect(games[0]).toMatchObject({ levelId: level.id, seed: 21, savedAt: 1234, decisions: game.log.length });
    expect(shared.map.has(LEGACY_SAVE_KEY)).toBe(false);
    const back = restoreEntry(level, games[0]!);
    expect(back.ok && back.game).toEqual(game);
    expect(decodeResumeCode(entryCode(level, games[0]!)!).ok).toBe(true);
    // Saved again, it is stored in the compact form.
    saveGame(storage, level, back.ok ? back.game : game, 2000);
    expect(readSaves(storage).games[0]!.actions).toBeUndefined();

    const tampered = fakeLocalStorage();
    const save = JSON.parse(JSON.stringify(makeSave(level.id, game, 1)));
    save.game.capital += 3;
    tampered.map.set(LEGACY_SAVE_KEY, JSON.stringify(save));
    const entry = readSaves(tampered.tab()).games[0]!;
    const r = restoreEntry(level, entry);
    expect(!r.ok && words(r.notice)).toMatch(/does not reach the state it recorded/);
  });

  it('refuses an entry whose log was edited, with a message', () => {
    const storage = fakeLocalStorage().tab();
    saveGame(storage, level, replay(level, 5, 'tense', [{ type: 'host_talks' }, { type: 'hotline' }]));
    const entry = readSaves(storage).games[0]!;
    expect(restoreEntry(level, { ...entry, log: 'HHL' }).ok).toBe(false);
    expect(restoreEntry(level, { ...entry, log: 'HC', decisions: 2 })).toMatchObject({ ok: false, notice: { key: 'menu.save.diverged' } });
    expect(restoreEntry(level, { ...entry, log: 'ZZ' })).toMatchObject({ ok: false, notice: { key: 'menu.save.mismatch' } });
  });

  it('reads a damaged or newer list as a message, never an exception', () => {
    const shared = fakeLocalStorage();
    shared.map.set(SAVES_KEY, '{"v":3,"games":[{"levelId":1}]}');
    expect(words(readSaves(shared.tab()).problem!)).toMatch(/could not be read/);
    shared.map.set(SAVES_KEY, '{"v":9,"games":[]}');
    expect(words(readSaves(shared.tab()).problem!)).toMatch(/newer version/);
    shared.map.set(SAVES_KEY, '{"v":3');
    expect(readSaves(shared.tab())).toEqual({ games: [], problem: null });
  });

  it('finds the same game for a link, or the unfinished game to ask about', () => {
    const storage = fakeLocalStorage().tab();
    saveGame(storage, level, replay(level, 5, 'tense', [{ type: 'host_talks' }]), 1);
    saveGame(storage, level, replay(level, 8, 'calm', [{ type: 'hotline' }]), 2);
    const games = readSaves(storage).games;
    expect(checkLink(games, level.id, 'tense', 5).same?.seed).toBe(5);
    expect(checkLink(games, level.id, 'tense', null).same?.seed).toBe(5);
    expect(checkLink(games, level.id, 'tense', 6)).toMatchObject({ same: null, other: { seed: 8 } });
    expect(checkLink([], level.id, 'tense', 6)).toEqual({ same: null, other: null });
  });

  it('reports other tabs\' writes of the saved games through storage events', () => {
    const target = new EventTarget();
    let calls = 0;
    const stop = watchSaves(target, () => calls++);
    const fire = (key: string | null) => {
      const e = new Event('storage') as Event & { key: string | null };
      Object.defineProperty(e, 'key', { value: key });
      target.dispatchEvent(e);
    };
    fire(SAVES_KEY);
    fire(LEGACY_SAVE_KEY);
    fire(null);
    fire('asean-mediator:v1:settings');
    expect(calls).toBe(3);
    stop();
    fire(SAVES_KEY);
    expect(calls).toBe(3);
    const sent: AppEvent[] = [];
    const port = createResumePort(createSaves(createStorage(null)), (e) => sent.push(e));
    let redraws = 0;
    const unsubscribe = port.subscribe(() => redraws++, target);
    fire(SAVES_KEY);
    unsubscribe();
    fire(SAVES_KEY);
    expect(redraws).toBe(1);
  });
});
