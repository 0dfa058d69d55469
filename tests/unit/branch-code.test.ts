// A branch ("Try again from day N") keeps its parent through a resume code (AM4) and a save, so its
// debrief can still compare the two timelines on another device or after a reload; games that are
// not branches keep their AM3 codes and saves, and codes and saves written before branches existed
// still open. A parent that does not replay is refused like any other log.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import { createGame, step } from '../../src/sim/game';
import { startBranch } from '../../src/sim/branch';
import { playOut, sensible } from '../../src/sim/strategies';
import { stateDigest } from '../../src/sim/digest';
import { decodeResumeCode, encodeResumeCode, MAX_CODE_CHARS } from '../../src/platform/resume-code';
import { restoreFromCode, resumeCodeOf } from '../../src/platform/restore';
import { encodeLog } from '../../src/platform/log-codec';
import { createStorage } from '../../src/platform/storage';
import { entryCode, readSaves, restoreEntry, saveGame, SAVES_KEY } from '../../src/platform/saved-games';
import { loadLevel } from '../../src/content/levels';
import { words } from '../../src/i18n/words';
import { shippedLevel } from '../helpers/level';

let level: Level;
let parent: GameState;
let branch: GameState;

beforeAll(async () => {
  level = await shippedLevel('december-2025');
  parent = playOut(level, createGame(level, { seed: 21, difficulty: 'tense' }), sensible);
  let g = startBranch(level, parent, 3)!;
  for (const a of [{ type: 'us_tariff_threat' }, { type: 'host_talks' }, { type: 'end_round' }] as const) g = step(level, g, a).state;
  branch = g;
});

const restore = (c: string) => restoreFromCode(c, null, loadLevel);

/** A storage over a plain map, as a browser's localStorage. */
function memoryStorage() {
  const map = new Map<string, string>();
  const backend = {
    getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k),
  } as unknown as Storage;
  return { map, storage: createStorage(backend) };
}

describe('a branch\'s resume code', () => {
  it('is an AM4 code that names the parent and restores the branch with it', async () => {
    const code = resumeCodeOf(level, branch);
    expect(code).toMatch(/^AM4\./);
    const read = decodeResumeCode(code);
    expect(read.ok && read.data.parent).toEqual({ log: encodeLog(level, parent.log), fromRound: 3 });
    const back = await restore(code);
    expect(back.ok && back.game).toEqual(branch);
    expect(back.ok && back.game.parent).toEqual({ log: parent.log, fromRound: 3 });
    expect(back.ok && back.notice).toBeUndefined();
  });

  it('stays well under the longest code accepted for a whole game and its whole parent', () => {
    const whole = playOut(level, branch, sensible);
    expect(resumeCodeOf(level, whole).length).toBeLessThan(MAX_CODE_CHARS / 2);
  });

  it('a game that is not a branch still gets an AM3 code, which restores without a parent', async () => {
    const code = resumeCodeOf(level, parent);
    expect(code).toMatch(/^AM3\./);
    const back = await restore(code);
    expect(back.ok && back.game.parent).toBeUndefined();
    expect(back.ok && stateDigest(back.game)).toBe(stateDigest(parent));
  });

  it('a code without the dot or typed in lower case still reads as AM4', async () => {
    const code = resumeCodeOf(level, branch);
    expect((await restore(code.replace('AM4.', 'am4 ').toLowerCase())).ok).toBe(true);
  });

  it('refuses a branch whose parent does not replay, or names a day the parent never reached', async () => {
    const base = { scenarioId: level.id, seed: branch.seed, difficulty: branch.difficulty, log: encodeLog(level, branch.log), digest: stateDigest(branch) };
    const bad = await restore(encodeResumeCode({ ...base, parent: { log: 'HHE', fromRound: 1 } }));
    expect(!bad.ok && words(bad.notice)).toMatch(/does not fit/);
    const late = await restore(encodeResumeCode({ ...base, parent: { log: encodeLog(level, parent.log), fromRound: 40 } }));
    expect(late.ok).toBe(false);
  });
});

describe('a branch\'s save', () => {
  it('stores the parent with the entry and restores the branch with it; its code is the branch\'s AM4 code', () => {
    const { storage } = memoryStorage();
    expect(saveGame(storage, level, branch)).toBe('stored');
    const entry = readSaves(storage).games[0]!;
    expect(entry.parent).toEqual({ log: encodeLog(level, parent.log), fromRound: 3 });
    const back = restoreEntry(level, entry);
    expect(back.ok && back.game).toEqual(branch);
    expect(entryCode(level, entry)).toBe(resumeCodeOf(level, branch));
  });

  it('an entry written before branches existed (no parent) still opens', () => {
    const { map, storage } = memoryStorage();
    const g = startBranch(level, parent, 4)!;
    const plain = { ...g, parent: undefined };
    // The shape the previous version wrote: no `parent` key at all.
    const old = { levelId: level.id, seed: g.seed, difficulty: g.difficulty, log: encodeLog(level, g.log), decisions: g.log.length, round: g.round, maxRounds: g.maxRounds, savedAt: 5, digest: stateDigest(g) };
    map.set(SAVES_KEY, JSON.stringify({ v: 3, games: [old] }));
    const read = readSaves(storage);
    expect(read.problem).toBeNull();
    const back = restoreEntry(level, read.games[0]!);
    expect(back.ok && back.game.parent).toBeUndefined();
    expect(back.ok && stateDigest(back.game)).toBe(stateDigest(plain as GameState));
  });

  it('a damaged parent is reported, never an exception', () => {
    const { map, storage } = memoryStorage();
    saveGame(storage, level, branch);
    const file = JSON.parse(map.get(SAVES_KEY)!);
    file.games[0].parent.fromRound = 'three';
    map.set(SAVES_KEY, JSON.stringify(file));
    const read = readSaves(storage);
    expect(read.games).toEqual([]);
    expect(read.problem).not.toBeNull();
    file.games[0].parent = { log: 'HHE', fromRound: 1 };
    map.set(SAVES_KEY, JSON.stringify(file));
    const back = restoreEntry(level, readSaves(storage).games[0]!);
    expect(back.ok).toBe(false);
  });
});
