// A three-party class table in real Chromium: the envoy, Thailand's delegation and Cambodia's
// delegation each in their own browser context. The teacher opens both delegation seats, the
// envoy tables a package, the Thai team answers with a counter-offer and a reason that reaches the
// envoy, the Cambodian team accepts, and the session ends at each seat's debrief. Cambodia's page
// never holds Thailand's own numbers, neither in its DOM nor in any WebSocket frame it received.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot, SCREENSHOT_DIR, type TrackedPage } from './browser';
import { axeViolations } from './axe';
import { startClassServer, type ClassServer } from '../../src/server/class-server';
import type { Level } from '../../src/sim/level';
import type { Proposal } from '../../src/sim/state';
import { delegationView } from '../../src/sim/seats/view';
import { shippedLevel } from '../helpers/level';
import { joinTable, screenIs } from './class-table';
import { buttonNamed, pickPackage } from './play-fast';
import { englishLeft, pastTheCard, rawKeys, settled } from './page-words';
import thLevel from '../../levels/i18n/th/july-2025.json';
import kmLevel from '../../levels/i18n/km/july-2025.json';

const SEED = 23;
const PACKAGE: Proposal = { scope: 'front', withdrawal: 'km10', observers: 'aot', civilians: 'corridors', trade: 'none', boundary: 'jbc' };
const THAI_REASON = 'Ten kilometres leaves our border villages open; five is the most our army accepts.';
const KHMER_REASON = 'We accept: the shelling must stop first.';

let browser: Browser;
let server: ClassServer;
let level: Level;
let teacher: TrackedPage;
let envoy: TrackedPage;
let thai: TrackedPage;
let khmer: TrackedPage;
let base = '';
/** Every WebSocket frame the Cambodian page received, as text. */
const khmerFrames: string[] = [];

async function joinAs(page: Page, name: string): Promise<void> {
  await page.goto(`${base}/class.html#code=${server.code}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('heading', { name: 'Choose your table' }).waitFor();
}

/** What the envoy's window shows as it is scrolled now (not the whole page). */
async function envoyWindow(name: string): Promise<void> {
  await envoy.page.screenshot({ path: join(SCREENSHOT_DIR, `party-${name}-envoy-window-1366.png`) });
  // On a phone: one screen from the delegations' panel down.
  await envoy.page.setViewportSize({ width: 390, height: 844 });
  const top = await envoy.page.locator('section.party').evaluate((e) => e.getBoundingClientRect().top + scrollY);
  await envoy.page.screenshot({ path: join(SCREENSHOT_DIR, `party-${name}-envoy-window-390.png`), fullPage: true, clip: { x: 0, y: top, width: 390, height: 844 } });
  await envoy.page.setViewportSize({ width: 1366, height: 768 });
}

/** Chooses `code` in a class page's language switch and waits for the page to speak it. */
async function speak(page: Page, code: string): Promise<void> {
  await page.locator('label.lang select').selectOption(code);
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

/** The scenario's English names a page in another language must not show: the sides, the issues, the round's label. */
const englishNames = () => [level.sides.th.name, level.sides.kh.name, ...level.issues.map((i) => i.label), level.roundLabel];

/** Every seat's page at the two sizes; none shows a message key instead of its words. */
async function shots(stage: string): Promise<void> {
  for (const [seat, p] of [['teacher', teacher], ['envoy', envoy], ['thailand', thai], ['cambodia', khmer]] as const) {
    expect.soft(await rawKeys(p.page), `${stage}: ${seat}'s page shows message keys`).toEqual([]);
    if (seat === 'teacher') continue;
    await p.page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(p.page, `party-${stage}-${seat}-1366`);
    await p.page.setViewportSize({ width: 390, height: 844 });
    await screenshot(p.page, `party-${stage}-${seat}-390`);
    await p.page.setViewportSize({ width: 1366, height: 768 });
  }
}

beforeAll(async () => {
  level = await shippedLevel('july-2025');
  server = await startClassServer({ port: 0, host: '127.0.0.1', dataDir: null, distDir: join(import.meta.dirname, '../../dist'), levelId: 'july-2025', tables: 2, seed: SEED });
  base = `http://127.0.0.1:${server.port}`;
  browser = await launchBrowser();
  teacher = await newPage(browser, { width: 1366, height: 768 });
  teacher.page.on('dialog', (d) => void d.accept());
  envoy = await newPage(browser, { width: 1366, height: 768 });
  thai = await newPage(browser, { width: 1366, height: 768 });
  khmer = await newPage(browser, { width: 1366, height: 768 });
  khmer.page.on('websocket', (ws) => ws.on('framereceived', (f) => khmerFrames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8'))));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('three-party table in Chromium', () => {
  it('envoy, Thailand and Cambodia play one table to its debrief; the Thai counter-offer and reason reach the envoy; Cambodia never sees Thailand’s numbers', async () => {
    await teacher.page.goto(`${base}/teacher.html#code=${server.code}&key=${server.teacherKey}`);
    await teacher.page.getByRole('heading', { name: 'Tables' }).waitFor();
    await teacher.page.getByRole('button', { name: 'Open the seat Delegation of Thailand at table 1 to students' }).click();
    await teacher.page.getByRole('button', { name: 'Open the seat Delegation of Cambodia at table 1 to students' }).click();
    await teacher.page.getByRole('button', { name: 'Close the seat Delegation of Cambodia at table 1 to students' }).waitFor();

    await joinTable(envoy.page, base, server.code, 'Envoy team', 1);
    await envoy.page.getByText('You are at table 1.').waitFor();
    await joinAs(thai.page, 'Thai team');
    await thai.page.getByRole('button', { name: 'Table 1: Thailand' }).click();
    await thai.page.getByText('You are Thailand’s delegation.').waitFor();
    await joinAs(khmer.page, 'Khmer team');
    await khmer.page.getByRole('button', { name: 'Table 1: Cambodia' }).click();
    await khmer.page.getByText('You are Cambodia’s delegation.').waitFor();

    // The console shows, seat by seat, who plays it.
    const seats = teacher.page.getByRole('table', { name: 'Seats' }).first();
    await seats.getByRole('row', { name: /Delegation of Cambodia.*Khmer team/ }).waitFor();
    await expect(seats.getByRole('row', { name: /ASEAN envoy.*Envoy team/ }).count()).resolves.toBe(1);
    await expect(seats.getByRole('row', { name: /Delegation of Thailand.*Thai team/ }).count()).resolves.toBe(1);
    await expect(teacher.page.getByRole('table', { name: 'Seats' }).nth(1).getByRole('row', { name: /Delegation of Thailand.*the computer/ }).count()).resolves.toBe(1);
    await screenshot(teacher.page, 'party-console-seats-1366');
    await teacher.page.getByRole('button', { name: 'Start all tables' }).click();
    await screenIs(envoy.page, 'situation');
    await buttonNamed(envoy.page, 'Continue').click();
    await screenIs(envoy.page, 'acting');
    await thai.page.getByText(/No package waits for your answer/).waitFor();
    expect(await axeViolations(thai.page, 'delegation seat, waiting')).toEqual([]);

    // The envoy tables a package on the solo screen; both teams see it and the envoy waits for them.
    await pickPackage(envoy.page, level, PACKAGE);
    await buttonNamed(envoy.page, 'Table this package').click();
    await envoy.page.getByText('Waiting for the answer of: Thailand, Cambodia.').waitFor();
    // While the package waits, the envoy sees that it waits and cannot decide anything else.
    await expect.poll(() => envoy.page.evaluate(() => {
      const table = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Table this package');
      const line = document.querySelector('section.party .waiting')?.getBoundingClientRect();
      return { canTable: table !== undefined && table.closest('[inert]') === null, lineSeen: line !== undefined && line.top >= 0 && line.bottom <= innerHeight };
    }), { timeout: 5000 }).toEqual({ canTable: false, lineSeen: true });
    await thai.page.getByRole('heading', { name: 'The package the envoy tabled' }).waitFor();
    await khmer.page.getByRole('heading', { name: 'The package the envoy tabled' }).waitFor();
    expect(await axeViolations(envoy.page, 'envoy seat, waiting')).toEqual([]);
    await envoyWindow('waiting');
    await shots('waiting');

    // Thailand counters: 5 km instead of 10, with its reason.
    await thai.page.getByLabel('Counter-offer').check();
    await thai.page.getByLabel('Heavy-weapons withdrawal').selectOption({ label: '5 km back' });
    await thai.page.getByLabel(/Your reason, for the envoy/).fill(THAI_REASON);
    expect(await axeViolations(thai.page, 'delegation seat, answering')).toEqual([]);
    await shots('answering');
    await thai.page.getByRole('button', { name: 'Send the answer' }).click();
    await envoy.page.getByText('Waiting for the answer of: Cambodia.').waitFor();

    await khmer.page.getByLabel('Accept').check();
    await khmer.page.getByLabel(/Your reason, for the envoy/).fill(KHMER_REASON);
    await khmer.page.getByRole('button', { name: 'Send the answer' }).click();

    // The package is applied with both answers: the envoy's screen moves on to the answers, and
    // reads the Thai counter-offer with its reason (as text).
    await screenIs(envoy.page, 'responding');
    const answers = envoy.page.locator('section.party');
    await answers.getByText('Thailand’s team made a counter-offer.').waitFor();
    await answers.getByText(THAI_REASON).waitFor();
    await expect(answers.getByRole('list', { name: 'Counter-offer of Thailand' }).getByRole('listitem').filter({ hasText: '(changed)' }).allInnerTexts()).resolves.toEqual(['Heavy-weapons withdrawal: 5 km back (changed)']);
    await answers.getByText(KHMER_REASON).waitFor();
    expect(await envoy.page.getByText(/Waiting for the answer of/).count()).toBe(0);
    expect(await axeViolations(envoy.page, 'envoy seat with answers')).toEqual([]);
    await envoyWindow('answered');
    await shots('answered');

    // In Thai and Khmer, every seat and the console speak the scenario's words too (sides, issues,
    // terms, the round's label), and show no message key.
    const inLanguage = [[thai, 'th', thLevel, 'body'], [khmer, 'km', kmLevel, 'body'], [envoy, 'th', thLevel, 'section.party'], [teacher, 'km', kmLevel, 'body']] as const;
    for (const [p, lang, words, where] of inLanguage) {
      await speak(p.page, lang);
      expect.soft(await settled(() => englishLeft(p.page.locator(where), englishNames()), (x) => x.length === 0), `${lang}: English names left`).toEqual([]);
      const text = await p.page.locator(where).innerText();
      expect.soft(text).toContain(words['sides.th.name']);
      expect.soft(text).toContain(words['sides.kh.name']);
      expect.soft(await rawKeys(p.page), `${lang} page shows message keys`).toEqual([]);
    }
    await screenshot(thai.page, 'party-answered-thailand-th-1366');
    await screenshot(teacher.page, 'party-answered-console-km-1366');
    for (const [p] of inLanguage) await speak(p.page, 'en');

    // Continue after the answers ends the round, as in the solo game.
    await buttonNamed(envoy.page, 'Continue').click();
    await screenIs(envoy.page, 'world');

    // The teacher ends the session: every seat sees its debrief.
    await teacher.page.getByRole('button', { name: 'End the session' }).click();
    await screenIs(envoy.page, 'debrief');
    await thai.page.getByRole('heading', { name: 'Debrief of Thailand’s delegation' }).waitFor();
    await khmer.page.getByRole('heading', { name: 'Debrief of Cambodia’s delegation' }).waitFor();
    const parts = thai.page.getByRole('table', { name: 'Your score, part by part' });
    for (const name of ['Your government’s gain', 'Your public ratifies', 'Lives lost on both sides', 'The peace holds']) {
      await expect(parts.getByRole('rowheader', { name }).count()).resolves.toBe(1);
    }
    expect(await axeViolations(khmer.page, 'delegation debrief')).toEqual([]);
    await shots('debrief');
    // Each delegation's debrief in English, Thai and Khmer: on a phone its score table stays inside
    // its card, only the number is set large, and the scenario's names are in the page's language.
    for (const [p, seat] of [[thai, 'thailand'], [khmer, 'cambodia']] as const) {
      for (const [lang, heading, words] of [['en', 'Debrief of', null], ['th', 'สรุปผลของคณะผู้แทน', thLevel], ['km', 'សេចក្ដីសង្ខេបរបស់គណៈប្រតិភូ', kmLevel]] as const) {
        await speak(p.page, lang);
        await p.page.getByRole('heading', { name: new RegExp(heading) }).waitFor();
        if (words) expect.soft(await settled(() => englishLeft(p.page.locator('body'), englishNames()), (x) => x.length === 0), `${seat} debrief (${lang}): English names left`).toEqual([]);
        expect.soft(await rawKeys(p.page), `${seat} debrief (${lang}) shows message keys`).toEqual([]);
        expect.soft(await p.page.locator('section.debrief .score-number').innerText({ timeout: 2000 }).catch(() => 'none'), `${seat} (${lang}): the large score`).toMatch(/^[0-9០-៩]+$/);
        await p.page.setViewportSize({ width: 390, height: 844 });
        expect.soft(await pastTheCard(p.page, 'section.debrief'), `${seat} debrief (${lang}) at 390`).toEqual([]);
        await screenshot(p.page, `party-debrief-${seat}-${lang}-390`);
        await p.page.setViewportSize({ width: 1366, height: 768 });
        await screenshot(p.page, `party-debrief-${seat}-${lang}-1366`);
      }
    }

    // Thailand's own numbers never reached Cambodia's page.
    const table = server.room.snapshot().tables.find((t) => t.id === 't1')!;
    expect(table.entries[0]).toMatchObject({ type: 'propose', humans: { th: { verdict: 'counter' }, kh: 'accept' } });
    const { replayTable } = await import('../../src/sim/inject');
    const game = replayTable(level, SEED, 'tense', table.entries);
    const th = delegationView(level, game, 'th');
    const kh = delegationView(level, game, 'kh');
    const dom = await khmer.page.locator('body').innerText();
    const frames = khmerFrames.join('\n');
    expect(dom).not.toContain(THAI_REASON);
    expect(frames).not.toContain(THAI_REASON);
    expect(frames).not.toContain('"sides"'); // the whole game is never sent to a delegation
    expect(frames).not.toContain(JSON.stringify(game.sides.th));
    // Thailand's walk-away point, and the numbers its government weighed the package by: the frames
    // hold Cambodia's own numbers under the same names, so compare only where the two sides differ.
    const first = replayTable(level, SEED, 'tense', table.entries.slice(0, 1));
    const thR = first.answers.find((a) => a.side === 'th')!.reason;
    const khR = first.answers.find((a) => a.side === 'kh')!.reason;
    const secrets: [string, number, number][] = [['reservationBase', th.own.reservationBase, kh.own.reservationBase],
      ['utility', thR.utility, khR.utility], ['target', thR.target, khR.target], ['domestic', thR.domestic, khR.domestic], ['ratification', thR.ratification, khR.ratification]];
    const compared = secrets.filter(([, a, b]) => a !== b);
    expect(compared.length).toBeGreaterThan(2);
    for (const [k, v] of compared) expect(frames, k).not.toContain(`"${k}":${v}`);

    for (const p of [teacher, envoy, thai, khmer]) expect(p.errors).toEqual([]);
  });
});
