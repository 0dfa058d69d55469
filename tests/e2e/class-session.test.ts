// A class session in real Chromium: a teacher and six students in separate browser contexts join
// by code, play their own tables, get an inject at one table, reload one student mid-round, and
// end at the class debrief chart with every signed accord on it. No console errors; axe clean.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot, type TrackedPage } from './browser';
import { axeViolations } from './axe';
import { startClassServer, type ClassServer } from '../../src/server/class-server';
import type { Level } from '../../src/sim/level';
import type { MediatorAction } from '../../src/sim/state';
import { createGame, step } from '../../src/sim/game';
import { sensible } from '../../src/sim/strategies';
import { leverLabel } from '../../src/ui/say';
import { sideName } from '../../src/ui/format';
import { shippedLevel } from '../helpers/level';

const STUDENTS = ['Anong', 'Bopha', 'Chai', 'Dara', 'Ek', 'Fah'];
const SEED = 11;

let browser: Browser;
let server: ClassServer;
let level: Level;
let teacher: TrackedPage;
const students: TrackedPage[] = [];
let base = '';

/** Clicks one decision on a student's table page and waits for the table to change. */
async function click(page: Page, a: MediatorAction): Promise<void> {
  const status = page.locator('#table-title + p');
  const before = await status.textContent();
  if (a.type === 'propose') {
    for (const i of level.issues) await page.getByLabel(i.label).selectOption({ label: i.options.find((o) => o.id === a.proposal[i.id])!.label });
    await page.getByRole('button', { name: 'Table this package' }).click();
  } else if (a.type === 'end_round') {
    await page.getByRole('button', { name: 'End the round' }).click();
  } else {
    const name = 'side' in a ? `${leverLabel(a.type)}: ${sideName(level, a.side)}` : leverLabel(a.type);
    await page.getByRole('button', { name, exact: true }).click();
  }
  await page.waitForFunction((b) => document.querySelector('#table-title + p')?.textContent !== b || !!document.getElementById('result-title'), before);
}

/** Plays the sensible strategy at a table until an accord is signed or the game ends. */
async function playToAccord(page: Page): Promise<void> {
  let g = createGame(level, { seed: SEED, difficulty: 'tense' });
  while (!g.outcome && !g.accord) {
    for (const a of sensible(level, g)) {
      const r = step(level, g, a);
      if (!r.ok) continue;
      await click(page, a);
      g = r.state;
      if (g.accord) return;
    }
    await click(page, { type: 'end_round' });
    g = step(level, g, { type: 'end_round' }).state;
  }
}

async function joinAs(page: Page, name: string, table: number): Promise<void> {
  await page.goto(`${base}/class.html#code=${server.code}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('button', { name: `Table ${table}`, exact: true }).click();
  await page.getByText(`You are at table ${table}.`).waitFor();
}

beforeAll(async () => {
  level = await shippedLevel('july-2025');
  server = await startClassServer({ port: 0, host: '127.0.0.1', dataDir: null, distDir: join(import.meta.dirname, '../../dist'), levelId: 'july-2025', tables: 6, seed: SEED });
  base = `http://127.0.0.1:${server.port}`;
  browser = await launchBrowser();
  teacher = await newPage(browser, { width: 1366, height: 768 });
  teacher.page.on('dialog', (d) => void d.accept());
  for (let i = 0; i < STUDENTS.length; i++) students.push(await newPage(browser, { width: 1280, height: 800 }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('class session in Chromium', () => {
  it('six students join by code, the teacher starts, injects, a reload keeps the seat, and the debrief charts every accord', async () => {
    await teacher.page.goto(`${base}/teacher.html#code=${server.code}&key=${server.teacherKey}`);
    await teacher.page.getByRole('heading', { name: 'Tables' }).waitFor();
    for (let i = 0; i < STUDENTS.length; i++) await joinAs(students[i]!.page, STUDENTS[i]!, i + 1);
    expect(await axeViolations(students[0]!.page, 'student lobby')).toEqual([]);

    await teacher.page.getByRole('button', { name: 'Start all tables' }).click();
    for (const s of students) await s.page.getByRole('button', { name: 'End the round' }).waitFor();
    await screenshot(teacher.page, 'class-console-6-tables-1366');

    // Every table plays the sensible strategy's decisions through its page (mirrored in a local sim
    // from the same seed) until its delegations sign an accord.
    for (const s of students) await playToAccord(s.page);

    // An inject into table 1 only.
    await teacher.page.getByLabel('Send to').selectOption({ label: 'Table 1' });
    await teacher.page.getByRole('button', { name: 'Send', exact: true }).click();
    await students[0]!.page.getByRole('heading', { name: 'From your teacher' }).waitFor();
    expect(await students[0]!.page.getByText(/^Incident: /).count()).toBeGreaterThan(0);
    expect(await students[1]!.page.getByRole('heading', { name: 'From your teacher' }).count()).toBe(0);

    // A student reloads mid-round and is back at the same table.
    await students[2]!.page.reload();
    await students[2]!.page.getByText('You are at table 3.').waitFor();
    await students[2]!.page.getByRole('button', { name: 'End the round' }).waitFor();
    expect(await axeViolations(students[2]!.page, 'student table')).toEqual([]);

    await teacher.page.getByRole('button', { name: 'End the session' }).click();
    await teacher.page.getByText('The session has ended.').waitFor();
    for (const s of students) await s.page.getByRole('heading', { name: 'Your table’s result' }).waitFor();

    const chart = teacher.page.getByRole('img', { name: /Every table’s accord/ });
    await chart.waitFor();
    const signed = await teacher.page.locator('.accord').count();
    expect(signed).toBeGreaterThan(0);
    expect(await teacher.page.locator('.frontier').count()).toBe(1);
    expect(await teacher.page.locator('.nash').count()).toBe(1);
    expect(await axeViolations(teacher.page, 'teacher console')).toEqual([]);
    await screenshot(teacher.page, 'class-debrief-1366');
    await teacher.page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(teacher.page, 'class-console-debrief-1920');

    expect(teacher.errors).toEqual([]);
    for (const s of students) expect(s.errors).toEqual([]);
  });
});
