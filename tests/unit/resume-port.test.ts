// Saved games (src/platform/saves.ts) and the menu's resume port over them: a game is saved while
// playing from its first decision on and forgotten when it ends; Continue and codes restore through the
// app machine's read and check steps (here called directly) and are sent as RESTORE events; storage that
// forgets and refused saves or codes are told to the player in words of the current language.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { AppEvent } from '../../src/machines/events';
import type { ViewModel } from '../../src/machines/view-model';
import { createStorage } from '../../src/platform/storage';
import { createSaves, LEGACY_SAVE_KEY as SAVE_KEY, readSaves, SAVES_KEY } from '../../src/platform/saves';
import { createResumePort } from '../../src/ui/resume-port';
import { words } from '../../src/i18n/words';
import { replay } from '../../src/sim/game';
import { decodeResumeCode, encodeResumeCode } from '../../src/platform/resume-code';
import { createController } from '../../src/machines/controller';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
});

function memoryBackend(full = false): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full && k !== '__asean-mediator-probe__') throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
  } as unknown as Storage;
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const vm = (screen: ViewModel['screen'], game: ViewModel['game']): ViewModel => ({ screen, level, game, error: null, refusal: null });

describe('resume port', () => {
  it('autosaves while playing, continues the save, and forgets it when the game ends', async () => {
    const storage = createStorage(memoryBackend());
    const sent: AppEvent[] = [];
    const saves = createSaves(storage);
    const port = createResumePort(saves, (e) => sent.push(e));
    expect(port.saved(level)).toBeNull();
    const game = replay(level, 3, 'tense', [{ type: 'host_talks' }]);
    port.autosave(vm('menu', game));
    expect(port.saved(level)).toBeNull();
    port.autosave(vm('acting', game));
    expect(port.saved(level)).toMatchObject({ levelId: level.id, round: 1, difficulty: 'tense' });
    expect(await port.continueSaved(level)).toBe(true);
    expect(sent).toEqual([{ type: 'RESTORE', request: { kind: 'save' } }]);
    const claim = await saves.read({ kind: 'save' });
    expect(claim.ok && claim.claim.levelId).toBe(level.id);
    if (claim.ok) expect(await saves.check(level, claim.claim)).toEqual({ ok: true, level, game });
    port.autosave(vm('debrief', { ...game, outcome: { kind: 'loss', reason: 'war', score: 0, breakdown: { acceptance: 0, livesSaved: 0, returns: 0, durability: 0, credibility: 0 } } }));
    expect(readSaves(storage).games).toEqual([]);
    expect(port.notices()).toEqual([]);
  });

  it('says so when storage is full, and when a save is refused', async () => {
    const full = createStorage(memoryBackend(true));
    const port = createResumePort(createSaves(full), () => {});
    expect(port.notices()).toEqual([]);
    port.autosave(vm('acting', replay(level, 1, 'calm', [])));
    expect(port.notices()).toEqual([]); // nothing is written before the first decision
    port.autosave(vm('acting', replay(level, 1, 'calm', [{ type: 'host_talks' }])));
    expect(port.notices().join(' ')).toMatch(/not keeping saved games/);
    const storage = createStorage(memoryBackend());
    storage.set(SAVE_KEY, { v: 1, levelId: level.id, savedAt: 1, game: { nonsense: true } });
    const saves = createSaves(storage);
    const other = createResumePort(saves, () => {});
    expect(other.saved(level)).toBeNull();
    expect(other.notices().join(' ')).toMatch(/could not be read/);
    const r = await saves.read({ kind: 'save' });
    expect(!r.ok && words(r.notice)).toMatch(/could not be read/);
  });

  it('gives the code of the game on screen, and restores a code', async () => {
    const sent: AppEvent[] = [];
    const saves = createSaves(createStorage(memoryBackend()));
    const port = createResumePort(saves, (e) => sent.push(e));
    const game = replay(level, 9, 'violent', [{ type: 'hotline' }, { type: 'end_round' }]);
    const code = port.codeOf(vm('world', game));
    expect(code).toMatch(/^AM3\./);
    expect(port.codeOf(vm('menu', null))).toBeNull();
    expect(await port.enterCode('nonsense', level)).toMatch(/not a resume code/);
    expect(sent).toEqual([]);
    expect(await port.enterCode(code!, level)).toBeNull();
    expect(sent[0]).toEqual({ type: 'RESTORE', request: { kind: 'code', code } });
    const claim = await saves.read({ kind: 'code', code: code! });
    expect(claim.ok && claim.claim.levelId).toBe(level.id);
    const r = claim.ok ? await saves.check(level, claim.claim) : null;
    expect(r?.ok && r.level.id).toBe(level.id);
    expect(r?.ok && r.game).toEqual(game);
    // A code that is not one is refused when read; one for another version of the scenario when checked.
    const bad = await saves.read({ kind: 'code', code: 'nonsense' });
    expect(!bad.ok && words(bad.notice)).toMatch(/not a resume code/);
    if (claim.ok) {
      const fewer: Level = { ...level, levers: ['host_talks', 'propose'] }; // no hotline in this version
      const misfit = await saves.check(fewer, claim.claim);
      expect(!misfit.ok && words(misfit.notice)).toMatch(/does not fit this version/);
    }
  });

  it('says a refusal once when both the saves and the machine report it', async () => {
    const storage = createStorage(memoryBackend());
    const saves = createSaves(storage);
    const port = createResumePort(saves, () => {});
    // A damaged list of saved games: the saves report it, and Continue is refused with the same message.
    storage.set(SAVES_KEY, { v: 3, games: [{ levelId: 1 }] });
    const r = await saves.read({ kind: 'save' });
    expect(r.ok).toBe(false);
    port.autosave({ ...vm('menu', null), notice: r.ok ? null : r.notice });
    expect(port.notices().filter((n) => /could not be read/.test(n))).toHaveLength(1);
  });

  it('words a refusal in the language shown, not the one it was made in (a message key is kept)', async () => {
    const { setLanguage } = await import('../../src/i18n/i18n');
    const storage = createStorage(memoryBackend());
    storage.set(SAVE_KEY, { v: 99, levelId: level.id, savedAt: 1, game: {} });
    const port = createResumePort(createSaves(storage), () => {});
    try {
      expect(port.notices().join(' ')).toMatch(/newer version/);
      await setLanguage('ms');
      const inMalay = port.notices().join(' ');
      expect(inMalay).not.toMatch(/newer version/);
      expect(inMalay.length).toBeGreaterThan(20);
    } finally {
      await setLanguage('en');
    }
  });

  it('restores a code whose replay ends elsewhere and names what happened beside the game', async () => {
    const saves = createSaves(createStorage(memoryBackend()));
    const c = createController(level.id, async () => ({ ok: true as const, level }), { restorer: saves });
    const port = createResumePort(saves, c.send);
    c.start();
    await tick();
    const game = replay(level, 9, 'violent', [{ type: 'hotline' }, { type: 'end_round' }]);
    const read = decodeResumeCode(port.codeOf(vm('world', game))!);
    if (!read.ok) throw new Error(read.notice.key);
    const other = encodeResumeCode({ ...read.data, digest: read.data.digest === '000000' ? '000001' : '000000' });
    expect(await port.enterCode(other, level)).toBeNull();
    for (let i = 0; i < 5 && c.getViewModel().screen === 'boot'; i++) await tick();
    const shown = c.getViewModel();
    expect(shown.game).toEqual(game);
    expect(port.noticeFor(shown)).toMatch(/computed it differently/);
    // The same code with its own digest: restored with nothing to say.
    c.send({ type: 'TO_MENU' });
    expect(await port.enterCode(port.codeOf(vm('world', game))!, level)).toBeNull();
    for (let i = 0; i < 5 && c.getViewModel().screen === 'boot'; i++) await tick();
    expect(c.getViewModel().game).toEqual(game);
    expect(port.noticeFor(c.getViewModel())).toBeNull();
  });
});
