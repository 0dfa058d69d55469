// The class pages in every language (English, Thai, Khmer, Malay), checked with axe: the join page,
// a student's table on the solo screens (before the start, acting, with a teacher's inject, and its
// debrief), the teacher console and the class debrief. Screenshots of a student's table at
// 1366×768 and 390×844 in each language land in tests/e2e/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot, type TrackedPage } from './browser';
import { axeViolations } from './axe';
import { startClassServer, type ClassServer } from '../../src/server/class-server';
import { screenIs } from './class-table';
import en from '../../src/i18n/locales/en/class.json';
import th from '../../src/i18n/locales/th/class.json';
import km from '../../src/i18n/locales/km/class.json';
import ms from '../../src/i18n/locales/ms/class.json';
import enCommon from '../../src/i18n/locales/en/common.json';
import thCommon from '../../src/i18n/locales/th/common.json';
import kmCommon from '../../src/i18n/locales/km/common.json';
import msCommon from '../../src/i18n/locales/ms/common.json';

const LANGS = [
  { code: 'en', words: en, common: enCommon },
  { code: 'th', words: th, common: thCommon },
  { code: 'km', words: km, common: kmCommon },
  { code: 'ms', words: ms, common: msCommon },
] as const;

let browser: Browser;
let server: ClassServer;
let teacher: TrackedPage;
const students: TrackedPage[] = [];
let base = '';

/** Chooses `code` in a class page's language switch and waits for the page to speak it. */
async function speak(page: Page, code: string): Promise<void> {
  await page.locator('label.lang select').selectOption(code);
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

/** axe on the page in each language: the teacher console (its debrief included) is checked this way. */
async function axeInEveryLanguage(page: Page, label: string): Promise<string[]> {
  const out: string[] = [];
  for (const l of LANGS) {
    await speak(page, l.code);
    out.push(...(await axeViolations(page, `${label} (${l.code})`)));
  }
  await speak(page, 'en');
  return out;
}

beforeAll(async () => {
  server = await startClassServer({ port: 0, host: '127.0.0.1', dataDir: null, distDir: join(import.meta.dirname, '../../dist'), levelId: 'july-2025', tables: 4, seed: 21 });
  base = `http://127.0.0.1:${server.port}`;
  browser = await launchBrowser();
  teacher = await newPage(browser, { width: 1366, height: 768 });
  teacher.page.on('dialog', (d) => void d.accept());
  for (let i = 0; i < LANGS.length; i++) students.push(await newPage(browser, { width: 1366, height: 768 }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('class pages in every language', () => {
  it('join, the student’s table, the teacher console and the class debrief have no axe violation in en, th, km and ms', async () => {
    await teacher.page.goto(`${base}/teacher.html#code=${server.code}&key=${server.teacherKey}`);
    await teacher.page.getByRole('heading', { name: 'Tables' }).waitFor();

    for (let i = 0; i < LANGS.length; i++) {
      const { code, words } = LANGS[i]!;
      const page = students[i]!.page;
      await page.goto(`${base}/class.html#code=${server.code}`);
      await speak(page, code);
      expect.soft(await axeViolations(page, `join (${code})`)).toEqual([]);
      await page.getByLabel(words.join.name).fill(`Student ${code}`);
      await page.getByRole('button', { name: words.join.submit }).click();
      // Khmer pages write numbers in Khmer digits (src/i18n/norms.ts).
      const n = code === 'km' ? String(i + 1).replace(/\d/g, (d) => String.fromCharCode(0x17e0 + Number(d))) : String(i + 1);
      await page.getByRole('button', { name: words.seat.table.replace('{{name}}', n), exact: true }).click();
      await screenIs(page, 'situation');
      expect.soft(await axeViolations(page, `table before the start (${code})`)).toEqual([]);
    }
    expect.soft(await axeInEveryLanguage(teacher.page, 'teacher console, four seats')).toEqual([]);

    await teacher.page.getByRole('button', { name: 'Start all tables' }).click();
    for (let i = 0; i < LANGS.length; i++) {
      const { code, common } = LANGS[i]!;
      const page = students[i]!.page;
      await page.locator('.class-table:not([inert])').waitFor();
      await page.getByRole('button', { name: common.continueButton, exact: true }).click();
      await screenIs(page, 'acting');
    }

    // An incident into every table: the inject panel above the acting screen.
    await teacher.page.getByLabel('Send to').selectOption({ label: 'All tables' });
    await teacher.page.getByRole('button', { name: 'Send', exact: true }).click();
    for (let i = 0; i < LANGS.length; i++) {
      const { code, words } = LANGS[i]!;
      const page = students[i]!.page;
      await page.getByRole('heading', { name: words.table.injects }).waitFor();
      expect.soft(await axeViolations(page, `table acting, with an inject (${code})`)).toEqual([]);
      await screenshot(page, `class-student-table-${code}-1366`);
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, `class-student-table-${code}-390`);
      await page.setViewportSize({ width: 1366, height: 768 });
    }
    expect.soft(await axeInEveryLanguage(teacher.page, 'teacher console, playing')).toEqual([]);

    await teacher.page.getByRole('button', { name: 'End the session' }).click();
    await teacher.page.getByText('The session has ended.').waitFor();
    await teacher.page.getByRole('heading', { name: 'Class debrief' }).waitFor();
    for (let i = 0; i < LANGS.length; i++) {
      const { code } = LANGS[i]!;
      const page = students[i]!.page;
      await screenIs(page, 'debrief');
      expect.soft(await axeViolations(page, `table debrief (${code})`)).toEqual([]);
      if (code === 'th' || code === 'km') await screenshot(page, `class-student-debrief-${code}-1366`);
    }
    expect.soft(await axeInEveryLanguage(teacher.page, 'class debrief')).toEqual([]);

    expect(teacher.errors).toEqual([]);
    for (const s of students) expect(s.errors).toEqual([]);
  }, 600_000);
});
