// @vitest-environment happy-dom
// A game played at a delegation's seat says so in the debrief's downloads: the JSON names the seat
// (and the delegation in the player's language), the CSV has a row a teacher reads saying who the
// player negotiated for, and the resume code in both is the AM5 code that reopens the game at that
// seat, not an AM3 code that would reopen it as the envoy's. A branch of a seat game gives its
// parent's code at the same seat. The debrief's own Download buttons pass the seat through.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import { createGame, step } from '../../src/sim/game';
import { startBranch } from '../../src/sim/branch';
import { playOut, sensible } from '../../src/sim/strategies';
import { stateDigest } from '../../src/sim/digest';
import { exportFileName, toCsv, toJson, type GameExport } from '../../src/platform/export';
import { restoreFromCode } from '../../src/platform/restore';
import { loadLevel } from '../../src/content/levels';
import { renderDebrief } from '../../src/ui/screens/debrief';
import { createUiStore } from '../../src/ui/store';
import type { ScreenContext } from '../../src/ui/context';
import type { ViewModel } from '../../src/machines/view-model';
import { setLanguage } from '../../src/i18n/i18n';
import { sensitiveViewModel } from '../../src/ui/sensitivity';
import { shippedLevel } from '../helpers/level';
import { parseCsv } from '../helpers/csv';

let level: Level;
let game: GameState;
let branch: GameState;
beforeAll(async () => {
  await setLanguage('en');
  level = await shippedLevel('december-2025');
  game = playOut(level, step(level, createGame(level, { seed: 19 }), { type: 'public_statement', side: 'th', tone: 'calm' }).state, sensible);
  branch = playOut(level, step(level, startBranch(level, game, 2)!, { type: 'bilateral_call', side: 'th' }).state, sensible);
});
afterEach(() => setLanguage('en'));

const rowsOf = (csv: string) => parseCsv(csv.slice(1));
const codeIn = (text: string) => /\b(AM\d\.[0-9A-Z-]+)/.exec(text)?.[1];
const restore = (code: string) => restoreFromCode(code, null, loadLevel);

describe("a seat game's export", () => {
  it('JSON: names the seat and its delegation, and its code reopens the game at that seat', async () => {
    const doc = JSON.parse(toJson(level, game, {}, null, 'th')) as GameExport;
    expect(doc.seat).toBe('th');
    expect(doc.seatName).toBe(level.sides.th.name);
    expect(doc.resumeCode).toMatch(/^AM5\./);
    const back = await restore(doc.resumeCode!);
    expect(back).toMatchObject({ ok: true, seat: 'th' });
    expect(back.ok && stateDigest(back.game)).toBe(stateDigest(game));
    // The envoy's game names no seat, and its code opens it as the envoy's.
    const envoy = JSON.parse(toJson(level, game)) as GameExport;
    expect(envoy).not.toHaveProperty('seat');
    expect(envoy).not.toHaveProperty('seatName');
    expect(envoy.resumeCode).toMatch(/^AM3\./);
    expect(await restore(envoy.resumeCode!)).not.toHaveProperty('seat');
  });

  it('CSV: a row after the decisions says who the player negotiated for, with the AM5 code', async () => {
    const [header, ...body] = rowsOf(toCsv(level, game, {}, null, 'kh'));
    expect(body).toHaveLength(game.log.length + 1);
    const row = body.at(-1)!;
    expect(row).toHaveLength(header!.length);
    expect(row.slice(0, 3)).toEqual(['', '', `Played as ${level.sides.kh.name}’s negotiator`]);
    expect(row[3]).toContain(`the ASEAN envoy and ${level.sides.th.name} were played by the game`);
    expect(row[3]).not.toContain('{{');
    const code = codeIn(row[3]!);
    expect(code).toMatch(/^AM5\./);
    expect(await restore(code!)).toMatchObject({ ok: true, seat: 'kh' });
    // The envoy's CSV has no such row.
    expect(rowsOf(toCsv(level, game))).toHaveLength(1 + game.log.length);
  });

  it('words the row in Thai, Khmer and Malay', async () => {
    const seen = new Set<string>();
    for (const lang of ['th', 'km', 'ms'] as const) {
      await setLanguage(lang);
      const row = rowsOf(toCsv(level, game, {}, null, 'th')).at(-1)!;
      expect(row[2], lang).not.toMatch(/Played as|negotiator|exportSeat|\{\{/);
      expect(row[3], lang).not.toMatch(/played by the game|exportSeat|\{\{/);
      expect(row[3], lang).toContain(level.sides.th.name);
      expect(codeIn(row[3]!), lang).toMatch(/^AM5\./);
      seen.add(`${row[2]}|${row[3]}`);
    }
    expect(seen.size).toBe(3);
  });
});

describe("a seat game's branch", () => {
  it("gives its parent's code at the same seat, after the seat's row", async () => {
    const doc = JSON.parse(toJson(level, branch, {}, null, 'th')) as GameExport;
    expect(doc.resumeCode).toMatch(/^AM5\./);
    expect(doc.parent?.resumeCode).toMatch(/^AM5\./);
    const back = await restore(doc.parent!.resumeCode!);
    expect(back).toMatchObject({ ok: true, seat: 'th' });
    expect(back.ok && stateDigest(back.game)).toBe(stateDigest(game));
    const body = rowsOf(toCsv(level, branch, {}, null, 'th')).slice(1);
    expect(body).toHaveLength(branch.log.length + 2);
    expect(body.at(-2)?.[2]).toMatch(/^Played as /);
    expect(body.at(-1)?.[2]).toBe('Tried again from day 2 of an earlier game');
    expect(codeIn(body.at(-1)![3]!)).toBe(doc.parent!.resumeCode);
    // The envoy's branch keeps a plain AM3 code for its parent.
    expect((JSON.parse(toJson(level, branch)) as GameExport).parent?.resumeCode).toMatch(/^AM3\./);
  });
});

describe("the debrief's Download buttons", () => {
  /** The debrief of `game`, with the seat runs of this visit; its CSV and JSON downloads as text. */
  async function downloads(runs: ViewModel['seatRuns'], sensitive = false): Promise<{ csv: string; json: string; seatPanel: boolean; names: string[] }> {
    const store = createUiStore();
    const vm = sensitiveViewModel({ screen: 'debrief', level, game, error: null, refusal: null, seatRuns: runs, notes: {} }, sensitive);
    const ctx = {
      vm, send: () => {}, ui: store.get(), store, resume: null,
      settings: {} as ScreenContext['settings'], alert: document.createElement('div'), focusAfter: () => {},
    } as ScreenContext;
    const host = document.createElement('div');
    document.body.append(host);
    host.append(renderDebrief(ctx) as HTMLElement);
    const seatPanel = host.querySelector('.seat-debrief') !== null;
    const blobs: Blob[] = [];
    const names: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLAnchorElement && n.download) names.push(n.download);
    });
    observer.observe(document.body, { childList: true });
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const press = async (label: string, n: number) => {
      const b = [...host.querySelectorAll('button')].find((x) => x.textContent === label);
      expect(b, label).toBeDefined();
      b!.click();
      await vi.waitFor(() => expect(blobs).toHaveLength(n));
    };
    await press('Download CSV', 1);
    await press('Download JSON', 2);
    await vi.waitFor(() => expect(names).toHaveLength(2));
    observer.disconnect();
    vi.restoreAllMocks();
    host.remove();
    return { csv: await blobs[0]!.text(), json: await blobs[1]!.text(), seatPanel, names };
  }

  it("export a game finished at Cambodia's seat with that seat", async () => {
    const { csv, json, names } = await downloads([{ seat: 'kh', game }]);
    // Its files are named for the seat: the other seat's run of the same crisis does not share their names.
    expect(names).toEqual([`asean-mediator-december-2025-seed${game.seed}-kh.csv`, `asean-mediator-december-2025-seed${game.seed}-kh.json`]);
    const doc = JSON.parse(json) as GameExport;
    expect(doc).toMatchObject({ seat: 'kh', seatName: level.sides.kh.name });
    expect(doc.resumeCode).toMatch(/^AM5\./);
    expect(rowsOf(csv).at(-1)?.[2]).toBe(`Played as ${level.sides.kh.name}’s negotiator`);
  });

  it('export the seat (and the debrief shows its panel) with the sensitivity setting on', async () => {
    const { json, seatPanel } = await downloads([{ seat: 'th', game }], true);
    expect(seatPanel).toBe(true);
    expect(JSON.parse(json)).toMatchObject({ seat: 'th' });
  });

  it("export the envoy's game (no seat run for it) without a seat", async () => {
    const { csv, json, names } = await downloads([{ seat: 'kh', game: { ...game } }]);
    expect(names).toEqual([exportFileName(game, 'csv'), exportFileName(game, 'json')]);
    expect(names[0]).toBe(`asean-mediator-december-2025-seed${game.seed}.csv`);
    expect(JSON.parse(json)).not.toHaveProperty('seat');
    expect(rowsOf(csv)).toHaveLength(1 + game.log.length);
  });
});
