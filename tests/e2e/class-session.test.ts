// A class session in real Chromium: a teacher and six students in separate browser contexts join
// by code and play their own tables on the solo game's screens (levers, side pickers, the package
// builder, the answers and the round report), get an inject at one table, reload one student
// mid-round, and end at the class debrief chart with every signed accord on it, while each student
// sees the solo debrief of their own table. No console errors; axe clean. Then a student's page
// left open through a server restart finds its seat again by itself, with its seat key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, screenshot, type TrackedPage } from './browser';
import { axeViolations } from './axe';
import { startClassServer, type ClassServer } from '../../src/server/class-server';
import { readSession, sessionPath } from '../../src/server/session-file';
import type { Level } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import { shippedLevel } from '../helpers/level';
import { buttonNamed, screenOf } from './play-fast';
import { joinTable, playOut, playToAccord, screenIs } from './class-table';

const STUDENTS = ['Anong', 'Bopha', 'Chai', 'Dara', 'Ek', 'Fah'];
const SEED = 11;
const DIST = join(import.meta.dirname, '../../dist');

let browser: Browser;
let server: ClassServer;
let level: Level;
let teacher: TrackedPage;
const students: TrackedPage[] = [];
let base = '';

beforeAll(async () => {
  level = await shippedLevel('july-2025');
  server = await startClassServer({ port: 0, host: '127.0.0.1', dataDir: null, distDir: DIST, levelId: 'july-2025', tables: 6, seed: SEED });
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
  it('six students play their tables on the solo screens; an inject, a reload and the end reach the right tables', async () => {
    await teacher.page.goto(`${base}/teacher.html#code=${server.code}&key=${server.teacherKey}`);
    await teacher.page.getByRole('heading', { name: 'Tables' }).waitFor();
    for (let i = 0; i < STUDENTS.length; i++) {
      await joinTable(students[i]!.page, base, server.code, STUDENTS[i]!, i + 1);
      await students[i]!.page.getByText(`You are at table ${i + 1}.`).waitFor();
    }
    // Each table's card names its round at the start of a line, capitalised ("day 1 of 8" before).
    await teacher.page.getByText(/^Day 1 of \d+ · /).first().waitFor();
    // Before the start, the table shows its first situation, held until the teacher starts.
    await screenIs(students[0]!.page, 'situation');
    await students[0]!.page.getByText('Your teacher has not started the class yet.', { exact: false }).waitFor();
    expect(await students[0]!.page.locator('.class-table[inert]').count()).toBe(1);
    expect(await axeViolations(students[0]!.page, 'student lobby')).toEqual([]);

    await teacher.page.getByRole('button', { name: 'Start all tables' }).click();
    for (const s of students) await s.page.locator('.class-table:not([inert])').waitFor();
    await screenshot(teacher.page, 'class-console-6-tables-1366');

    // Beside the inject form, what an incident would do to the fighting: on day 1 of July an
    // airstrike brings every table close to open war (a third of such tables lose to it), a mine does not.
    const incident = teacher.page.getByRole('combobox', { name: /^Incident from the scenario/ });
    expect(await incident.getAttribute('aria-describedby')).toBe('inject-risk');
    await incident.selectOption('airstrike-ta-moan');
    await teacher.page.getByText("An incident raises a table's fighting intensity by 18%", { exact: false }).waitFor();
    await teacher.page.getByText('At 75% or more after it, where a day often ends in open war: tables 1, 2, 3, 4, 5, 6.', { exact: false }).waitFor();
    // The airstrike strikes Cambodia in the scenario: the side is told, not chosen (it could be sent as striking Thailand before).
    await teacher.page.getByText('Side hit: Cambodia (as the scenario tells it)').waitFor();
    expect(await teacher.page.getByRole('combobox', { name: 'Side hit' }).count()).toBe(0);
    await incident.selectOption('artillery-ta-krabey');
    expect(await teacher.page.getByRole('combobox', { name: 'Side hit' }).count()).toBe(1);
    await incident.selectOption('mine-chong-an-ma');
    await teacher.page.getByText("An incident raises a table's fighting intensity by 5%", { exact: false }).waitFor();
    expect(await teacher.page.getByText('often ends in open war', { exact: false }).count()).toBe(0);
    await incident.selectOption(level.incidents[0]!.id);
    // July opens with the fighting at its height: every table's card says it is close to open war.
    expect(await teacher.page.locator('.card .danger').allInnerTexts()).toEqual(Array(6).fill('Close to open war'));

    // Every table plays the sensible mediator through the solo screens (mirrored in a local sim
    // from the same seed) until its delegations sign an accord; the page stays on their answers.
    const games: GameState[] = [];
    for (const s of students) games.push(await playToAccord(s.page, level, SEED));
    expect(games.every((g) => g.accord !== null)).toBe(true);
    for (const s of students) expect(await screenOf(s.page)).toBe('responding');

    // An inject into table 1 only: an incident from the scenario, with what it changed.
    await teacher.page.getByLabel('Send to').selectOption({ label: 'Table 1' });
    await teacher.page.getByRole('button', { name: 'Send', exact: true }).click();
    const one = students[0]!.page;
    await one.getByRole('heading', { name: 'From your teacher' }).waitFor();
    expect(await one.getByText(/^Incident: /).count()).toBe(1);
    expect(await one.locator('.inject-changes li').count()).toBeGreaterThan(0);
    expect(await students[1]!.page.getByRole('heading', { name: 'From your teacher' }).count()).toBe(0);

    // The teacher pauses: every table shows it and takes no decision; resuming gives it back.
    await teacher.page.getByRole('button', { name: 'Pause all tables' }).click();
    await one.getByText('Your teacher has paused the class.', { exact: false }).waitFor();
    expect(await one.locator('.class-table[inert]').count()).toBe(1);
    await teacher.page.getByRole('button', { name: 'Resume all tables' }).click();
    await one.locator('.class-table:not([inert])').waitFor();

    // A student reloads mid-round and is back at the same table, on the same screen.
    await students[2]!.page.reload();
    await students[2]!.page.getByText('You are at table 3.').waitFor();
    await screenIs(students[2]!.page, 'responding');
    expect(await axeViolations(students[2]!.page, 'student table (answers)')).toEqual([]);

    // Table 6 plays on until its game ends: the solo debrief, with its score, before the session ends.
    const six = students[5]!.page;
    const end = await playOut(six, level, games[5]!);
    await six.getByRole('heading', { level: 1, name: /./ }).first().waitFor();
    expect(await six.locator('.score-number').count()).toBe(1);
    expect(end.outcome).not.toBeNull();
    expect(await buttonNamed(six, 'Play again').count()).toBe(0);
    expect(await axeViolations(six, 'student debrief')).toEqual([]);

    await teacher.page.getByRole('button', { name: 'End the session' }).click();
    await teacher.page.getByText('The session has ended.').waitFor();
    for (const s of students) await screenIs(s.page, 'debrief');
    await one.getByText('The session ended before your table’s game did', { exact: false }).waitFor();

    const chart = teacher.page.getByRole('img', { name: /Every table’s accord/ });
    await chart.waitFor();
    expect(await teacher.page.locator('.accord').count()).toBeGreaterThan(0);
    expect(await teacher.page.locator('.frontier').count()).toBe(1);
    expect(await teacher.page.locator('.nash').count()).toBe(1);
    expect(await axeViolations(teacher.page, 'teacher console')).toEqual([]);
    await screenshot(teacher.page, 'class-debrief-1366');
    await teacher.page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(teacher.page, 'class-console-debrief-1920');

    expect(teacher.errors).toEqual([]);
    for (const s of students) expect(s.errors).toEqual([]);
  }, 300_000);

  it('a page left open through a server restart comes back to its seat and table by itself', async () => {
    await server.close(); // the class above is over; this one keeps its session file
    const dataDir = mkdtempSync(join(tmpdir(), 'class-e2e-'));
    try {
      server = await startClassServer({ port: 0, host: '127.0.0.1', dataDir, distDir: DIST, levelId: 'july-2025', tables: 2, seed: SEED });
      const { port, code } = server;
      const s = await newPage(browser, { width: 1280, height: 800 });
      await joinTable(s.page, `http://127.0.0.1:${port}`, code, 'Kanya', 2);
      const seated = s.page.getByText('You are at table 2.');
      await seated.waitFor();
      await s.page.waitForLoadState('networkidle'); // the page's fonts are in before the server stops
      const [seat] = server.room.snapshot().seats;
      await server.room.flush();
      const read = await readSession(sessionPath(dataDir, code));
      if (!read.ok) throw new Error(read.error);
      await server.close();
      await seated.waitFor({ state: 'detached' });
      // The same class on the same address, resumed from its file: the reconnection token died with
      // the old room, so the page comes back with its seat key, without anyone typing a name.
      server = await startClassServer({ port, host: '127.0.0.1', dataDir, distDir: DIST, resume: read.data });
      await seated.waitFor({ timeout: 30_000 });
      expect(server.room.snapshot().seats).toEqual([expect.objectContaining({ id: seat!.id, name: 'Kanya', table: 't2' })]);
      await s.page.getByLabel('Your name').waitFor({ state: 'detached' });
      // Only the connection attempts made while the server was down may have failed.
      expect(s.errors.filter((e) => !/ERR_CONNECTION_REFUSED|WebSocket connection|HTTP 4\d\d: .*\/matchmake\//.test(e))).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
