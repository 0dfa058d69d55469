// A game played at a delegation's seat keeps its seat through a resume code (AM5) and the menu's
// saved games: the code, typed on another device, reopens the game at that seat (its debrief too,
// once finished), never as the envoy's game. The envoy's games keep their AM3 codes, and branches
// their AM4 codes, so older versions still read them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import type { ViewModel } from '../../src/machines/view-model';
import { createGame, step } from '../../src/sim/game';
import { startBranch } from '../../src/sim/branch';
import { playOut, sensible } from '../../src/sim/strategies';
import { envoyNext } from '../../src/sim/seats/envoy-policy';
import { decodeResumeCode, encodeResumeCode } from '../../src/platform/resume-code';
import { restoreFromCode, resumeCodeOf } from '../../src/platform/restore';
import { encodeLog } from '../../src/platform/log-codec';
import { createStorage } from '../../src/platform/storage';
import { createSaves, saveGame } from '../../src/platform/saves';
import { createResumePort } from '../../src/ui/resume-port';
import { createController } from '../../src/machines/controller';
import { loadLevel } from '../../src/content/levels';
import { words } from '../../src/i18n/words';
import { setLanguage, t } from '../../src/i18n/i18n';
import { freshGrade, withMemo } from '../../src/machines/grade-flow';
import { MEMO_PROMPTS } from '../../src/machines/grade';
import { shippedLevel } from '../helpers/level';

let level: Level;
let seatGame: GameState;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
  // Cambodia's negotiator calls Bangkok, then the envoy takes a few decisions.
  let g = step(level, createGame(level, { seed: 8 }), { type: 'bilateral_call', side: 'kh' }).state;
  for (let n = 0; n < 3; n++) g = step(level, g, envoyNext(level, g)!).state;
  seatGame = g;
});

const restore = (c: string) => restoreFromCode(c, null, loadLevel);
const tick = () => new Promise((r) => setTimeout(r, 0));

function memoryStorage() {
  const map = new Map<string, string>();
  return createStorage({ getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) } as never);
}

describe("a seat's resume code", () => {
  it('is an AM5 code that names the seat and restores the same game at that seat', async () => {
    const code = resumeCodeOf(level, seatGame, 'kh');
    expect(code).toMatch(/^AM5\./);
    const read = decodeResumeCode(code);
    expect(read.ok && read.data.seat).toBe('kh');
    const back = await restore(code);
    expect(back).toMatchObject({ ok: true, seat: 'kh' });
    expect(back.ok && back.game).toEqual(seatGame);
    expect(back.ok && back.notice).toBeUndefined();
    // Typed back by hand: lower case, no dot, spaces for hyphens.
    expect(await restore(code.replace('AM5.', 'am5 ').replace(/-/g, ' ').toLowerCase())).toMatchObject({ ok: true, seat: 'kh' });
  });

  it("leaves the envoy's codes as they were: AM3 for a game, AM4 for a branch, neither with a seat", async () => {
    const code = resumeCodeOf(level, seatGame);
    expect(code).toMatch(/^AM3\./);
    expect(await restore(code)).not.toHaveProperty('seat');
    const parent = playOut(level, createGame(level, { seed: 21 }), sensible);
    const branch = startBranch(level, parent, 2)!;
    expect(resumeCodeOf(level, step(level, branch, { type: 'host_talks' }).state)).toMatch(/^AM4\./);
  });

  it("carries both a branch's parent and its seat", async () => {
    const parent = playOut(level, createGame(level, { seed: 21 }), sensible);
    const branch = step(level, startBranch(level, parent, 2)!, { type: 'public_statement', side: 'th', tone: 'calm' }).state;
    const code = resumeCodeOf(level, branch, 'th');
    expect(code).toMatch(/^AM5\./);
    const read = decodeResumeCode(code);
    expect(read.ok && read.data).toMatchObject({ seat: 'th', parent: { fromRound: 2, log: encodeLog(level, parent.log) } });
    const back = await restore(code);
    expect(back).toMatchObject({ ok: true, seat: 'th' });
    expect(back.ok && back.game).toEqual(branch);
  });

  it('is named, with AM3 and AM4, where the menu says what a code starts with, in every language', async () => {
    for (const lang of ['en', 'th', 'km', 'ms'] as const) {
      await setLanguage(lang);
      for (const key of ['menu.resume.codeHelp', 'menu.code.notACode'] as const) {
        for (const v of ['AM3.', 'AM4.', 'AM5.']) expect(t(key), `${lang} ${key}`).toContain(v);
      }
    }
    await setLanguage('en');
  });

  it('refuses an AM5 code whose seat is not a delegation, as a typo', async () => {
    const base = decodeResumeCode(resumeCodeOf(level, seatGame, 'kh'));
    if (!base.ok) throw new Error(base.notice.key);
    const bad = encodeResumeCode({ ...base.data, seat: 'envoy' as never });
    expect(bad).toMatch(/^AM5\./);
    const r = await restore(bad);
    expect(!r.ok && words(r.notice)).toMatch(/typo/i);
  });
});

describe("a seat's code and saves in the app", () => {
  it('shows the code with its seat on the seat screen and the seat debrief, and a typed code reopens the game at its seat', async () => {
    const saves = createSaves(memoryStorage());
    const c = createController(level.id, async () => ({ ok: true as const, level }), { restorer: saves });
    const port = createResumePort(saves, c.send);
    c.start();
    await tick();
    const onSeat: ViewModel = { screen: 'seat', level, game: seatGame, error: null, refusal: null, seat: { side: 'kh', stage: 'own', pending: null } };
    const code = port.codeOf(onSeat)!;
    expect(code).toBe(resumeCodeOf(level, seatGame, 'kh'));
    expect(await port.enterCode(code, level)).toBeNull();
    for (let i = 0; i < 10 && c.getViewModel().screen === 'boot'; i++) await tick();
    const shown = c.getViewModel();
    expect(shown.screen).toBe('seat');
    expect(shown.seat?.side).toBe('kh');
    expect(shown.game).toEqual(seatGame);

    // A finished game at Thailand's seat: its code opens the seat's debrief, and that debrief's code is the same.
    const done = playOut(level, createGame(level, { seed: 30 }), sensible);
    c.send({ type: 'TO_MENU' });
    expect(await port.enterCode(resumeCodeOf(level, done, 'th'), level)).toBeNull();
    for (let i = 0; i < 10 && c.getViewModel().screen !== 'debrief'; i++) await tick();
    const debrief = c.getViewModel();
    expect(debrief.screen).toBe('debrief');
    expect(debrief.seatRuns?.at(-1)).toMatchObject({ seat: 'th' });
    expect(port.codeOf(debrief)).toBe(resumeCodeOf(level, done, 'th'));
    // Another finished game on the debrief (not the seat run) keeps an AM3 code.
    expect(port.codeOf({ ...debrief, game: { ...done } })).toMatch(/^AM3\./);
  });

  it("tries a seat's game again at that seat, and the branch's code carries both its seat and its parent", async () => {
    const saves = createSaves(memoryStorage());
    const c = createController(level.id, async () => ({ ok: true as const, level }), { restorer: saves });
    const port = createResumePort(saves, c.send);
    c.start();
    await tick();
    const done = playOut(level, createGame(level, { seed: 30 }), sensible);
    expect(await port.enterCode(resumeCodeOf(level, done, 'th'), level)).toBeNull();
    for (let i = 0; i < 10 && c.getViewModel().screen !== 'debrief'; i++) await tick();
    c.send({ type: 'TRY_AGAIN', round: 2 });
    const vm = c.getViewModel();
    expect(vm.screen).toBe('seat');
    expect(vm.seat).toMatchObject({ side: 'th', stage: 'own' });
    expect(vm.game?.round).toBe(2);
    expect(vm.game?.parent?.fromRound).toBe(2);
    const read = decodeResumeCode(port.codeOf(vm)!);
    expect(read.ok && read.data).toMatchObject({ seat: 'th', parent: { fromRound: 2, log: encodeLog(level, done.log) } });
  });

  it("brings back the seat's game with its own concept check and memo, kept on this device", async () => {
    const kept = withMemo(freshGrade(level, seatGame), MEMO_PROMPTS[0]!, 'We asked for observers first.');
    const saves = createSaves(memoryStorage());
    const c = createController(level.id, async () => ({ ok: true as const, level }), { restorer: saves, recallGrade: (key) => (key === kept.key ? kept : null) });
    const port = createResumePort(saves, c.send);
    c.start();
    await tick();
    expect(await port.enterCode(resumeCodeOf(level, seatGame, 'kh'), level)).toBeNull();
    for (let i = 0; i < 10 && c.getViewModel().screen !== 'seat'; i++) await tick();
    expect(c.getViewModel().screen).toBe('seat');
    expect(c.getViewModel().grade).toEqual(kept);
  });

  it("the menu's saved games name the seat and the branch, and a seat save's code opens at its seat", async () => {
    const storage = memoryStorage();
    const saves = createSaves(storage);
    saves.autosave({ screen: 'seat', level, game: seatGame, seat: { side: 'kh', stage: 'own', pending: null } });
    const parent = playOut(level, createGame(level, { seed: 5 }), sensible);
    const branch = step(level, startBranch(level, parent, 3)!, { type: 'host_talks' }).state;
    saveGame(storage, level, branch, Date.now() + 1000);
    const [newest, older] = saves.savedGames(level);
    expect(newest).toMatchObject({ branchFrom: 3 });
    expect(newest).not.toHaveProperty('seat');
    expect(older).toMatchObject({ seat: 'kh' });
    expect(older).not.toHaveProperty('branchFrom');
    expect(older?.code).toMatch(/^AM5\./);
    expect(await restore(older!.code!)).toMatchObject({ ok: true, seat: 'kh' });
  });
});
