// @vitest-environment happy-dom
// A branch ("Try again from day N") names its parent where a teacher or a player would look for it:
// the debrief's CSV has a row saying which day of an earlier game it tried again from, how many of
// its decisions are that game's, how that game ended and the code that opens it; the JSON has the
// same under `parent`; and the menu's saved games say which one is a new try (and which is played
// at a delegation's seat). A first try has none of these. Every language words them.
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from 'lit-html';
import type { Level } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import { createGame, step } from '../../src/sim/game';
import { startBranch } from '../../src/sim/branch';
import { playOut, sensible } from '../../src/sim/strategies';
import { stateDigest } from '../../src/sim/digest';
import { toCsv, toJson, type GameExport } from '../../src/platform/export';
import { restoreFromCode } from '../../src/platform/restore';
import { loadLevel } from '../../src/content/levels';
import { createStorage } from '../../src/platform/storage';
import { createSaves, saveGame } from '../../src/platform/saves';
import { createResumePort } from '../../src/ui/resume-port';
import { resumeControls } from '../../src/ui/resume';
import { createUiStore } from '../../src/ui/store';
import type { ScreenContext } from '../../src/ui/context';
import { setLanguage } from '../../src/i18n/i18n';
import { shippedLevel } from '../helpers/level';

let level: Level;
let parent: GameState;
let branch: GameState;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
  parent = playOut(level, createGame(level, { seed: 13, difficulty: 'tense' }), sensible);
  branch = playOut(level, step(level, startBranch(level, parent, 3)!, { type: 'aid_package' }).state, sensible);
});

/** The CSV's rows without the BOM (no cell here holds a line break). */
const csvRows = (text: string) => text.slice(1).split('\r\n').filter(Boolean);

describe("a branch's export names its parent", () => {
  it('CSV: a row after the decisions with the day, the shared decisions, the earlier ending and its code', async () => {
    await setLanguage('en');
    const rows = csvRows(toCsv(level, branch));
    expect(rows).toHaveLength(1 + branch.log.length + 1);
    const last = rows.at(-1)!;
    const shared = startBranch(level, parent, 3)!.log.length;
    expect(last).toMatch(/^,3,Tried again from day 3 of an earlier game,/);
    expect(last).not.toContain('{{');
    expect(last).toContain(`The decisions before day 3 (${shared}) are the earlier game’s. The earlier game: ${parent.log.length} decisions;`);
    const code = /Its resume code: (AM3\.[0-9A-Z-]+)/.exec(last)?.[1];
    expect(code).toBeDefined();
    const back = await restoreFromCode(code!, null, loadLevel);
    expect(back.ok && stateDigest(back.game)).toBe(stateDigest(parent));
    // A first try has no such row.
    expect(csvRows(toCsv(level, parent))).toHaveLength(1 + parent.log.length);
  });

  it('JSON: `parent` with the day, the shared decisions, the earlier outcome and its code', () => {
    const doc = JSON.parse(toJson(level, branch)) as GameExport;
    expect(doc.parent).toMatchObject({
      fromRound: 3, sharedDecisions: startBranch(level, parent, 3)!.log.length, decisions: parent.log.length, outcome: parent.outcome,
    });
    expect(doc.parent?.resumeCode).toMatch(/^AM3\./);
    expect(JSON.parse(toJson(level, parent))).not.toHaveProperty('parent');
  });

  it('is worded in Thai, Khmer and Malay', async () => {
    const seen = new Set<string>();
    for (const lang of ['th', 'km', 'ms'] as const) {
      await setLanguage(lang);
      const last = csvRows(toCsv(level, branch)).at(-1)!;
      expect(last.startsWith(',3,')).toBe(true);
      if (process.env['SHOW_ROWS']) console.log(lang, last);
      expect(last).not.toMatch(/Tried again|earlier game|exportParent|\{\{/);
      seen.add(last);
    }
    await setLanguage('en');
    expect(seen.size).toBe(3);
  });
});

describe("the menu's saved games", () => {
  it('mark a new try with its round and a game at a seat with its seat', async () => {
    await setLanguage('en');
    const map = new Map<string, string>();
    const backed = createStorage({ getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) } as never);
    const open = step(level, startBranch(level, parent, 2)!, { type: 'host_talks' }).state;
    const saves = createSaves(backed);
    saveGame(backed, level, step(level, createGame(level, { seed: 4 }), { type: 'bilateral_call', side: 'kh' }).state, 1000, 'kh');
    saveGame(backed, level, step(level, createGame(level, { seed: 5 }), { type: 'hotline' }).state, 2000);
    saveGame(backed, level, open, 3000);
    const port = createResumePort(saves, () => {});
    const store = createUiStore();
    const host = document.createElement('div');
    const ctx = {
      vm: { screen: 'menu', level, game: null, error: null, refusal: null }, send: () => {}, ui: store.get(), store, resume: port,
      settings: {} as ScreenContext['settings'], alert: document.createElement('div'), focusAfter: () => {},
    } as ScreenContext;
    render(resumeControls(ctx, port), host);
    expect(host.querySelector('#continue-desc')?.textContent).toMatch(/ · tried again from round 2$/);
    const others = [...host.querySelectorAll('.resume-continue button')].slice(1).map((b) => b.textContent);
    expect(others).toEqual([
      `Continue: ${level.title}, round 1 of ${open.maxRounds}`,
      `Continue: ${level.title}, round 1 of ${open.maxRounds} · as ${level.sides.kh.name}’s negotiator`,
    ]);
  });
});
