// The concept check in a class session, in real Chromium: a student answers the questions before
// the table's first decision, the teacher ends the session, the student answers them again and sees
// the explanations, and the teacher's class debrief shows both, per question and per student, and
// lists them in the class JSON. No console errors; axe clean on the student's check and the debrief.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot, type TrackedPage } from './browser';
import { axeViolations } from './axe';
import { screenIs } from './class-table';
import { startClassServer, type ClassServer } from '../../src/server/class-server';

let browser: Browser;
let server: ClassServer;
let teacher: TrackedPage;
let student: TrackedPage;
let base = '';

async function answer(page: Page, n: number, option: RegExp): Promise<void> {
  await page.getByRole('group', { name: new RegExp(`^${n}\\. `) }).getByRole('radio', { name: option }).check();
}

beforeAll(async () => {
  server = await startClassServer({ port: 0, host: '127.0.0.1', dataDir: null, distDir: join(import.meta.dirname, '../../dist'), levelId: 'july-2025', tables: 2, seed: 5 });
  base = `http://127.0.0.1:${server.port}`;
  browser = await launchBrowser();
  teacher = await newPage(browser, { width: 1366, height: 768 });
  teacher.page.on('dialog', (d) => void d.accept());
  student = await newPage(browser, { width: 390, height: 844 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('concept check in a class session', () => {
  it('goes from the student before and after play to the teacher\'s class debrief and export', async () => {
    const s = student.page;
    await teacher.page.goto(`${base}/teacher.html#code=${server.code}&key=${server.teacherKey}`);
    await teacher.page.getByRole('heading', { name: 'Tables' }).waitFor();
    await s.goto(`${base}/class.html#code=${server.code}`);
    await s.getByLabel('Your name').fill('Anong');
    await s.getByRole('button', { name: 'Join' }).click();
    await s.getByRole('button', { name: 'Table 1', exact: true }).click();
    await s.getByRole('heading', { name: 'Before you play: five questions' }).waitFor();
    expect(await axeViolations(s, 'class pre-check')).toEqual([]);
    await screenshot(s, 'class-check-before-390x844');
    // July: ripeness a (right), verification a (wrong), the rest blank.
    await answer(s, 1, /Both sides feel the cost of fighting/);
    await answer(s, 2, /Announcing it on television/);
    await s.getByRole('button', { name: 'Done: begin the game' }).click();
    await expect.poll(() => s.getByRole('heading', { name: 'Before you play: five questions' }).count()).toBe(0);

    await teacher.page.getByRole('button', { name: 'Start all tables' }).click();
    // The table is live on the solo game's screens.
    await screenIs(s, /situation|acting/);
    await teacher.page.getByRole('button', { name: 'End the session' }).click();
    await s.getByRole('heading', { name: 'After the crisis: the same five questions' }).waitFor();
    await answer(s, 1, /Both sides feel the cost of fighting/);
    await answer(s, 2, /Clear terms on where troops stay/);
    await answer(s, 3, /quick signature, but the peace may fray/);
    await s.getByRole('button', { name: 'Check my answers' }).click();
    await s.getByText('Before playing: 1 of 5 right · After: 3 of 5 right').waitFor();
    expect(await axeViolations(s, 'class post-check answers')).toEqual([]);
    await screenshot(s, 'class-check-after-390x844');

    const section = teacher.page.getByRole('region', { name: 'Concept check' });
    await section.waitFor();
    const byQuestion = teacher.page.getByRole('table', { name: /Right answers per question/ });
    await expect.poll(() => byQuestion.getByRole('row', { name: /^Verification:/ }).textContent()).toMatch(/0 of 1 right.*1 of 1 right/);
    await expect(teacher.page.getByRole('table', { name: 'Each student\'s score' }).getByRole('row', { name: /Anong/ }).textContent()).resolves.toMatch(/1 of 5 right.*3 of 5 right/);
    expect(await axeViolations(teacher.page, 'class debrief with the check')).toEqual([]);
    await screenshot(teacher.page, 'class-debrief-check-1366');

    const download = teacher.page.waitForEvent('download');
    await teacher.page.getByRole('button', { name: 'Export JSON' }).click();
    const doc = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { checks: { student: string; before: Record<string, string | null>; after: Record<string, string | null> }[] };
    expect(doc.checks).toEqual([{ student: 'Anong', table: '1', before: expect.objectContaining({ ripeness: 'a', verification: 'a', leverage: null }), after: expect.objectContaining({ verification: 'b', leverage: 'c' }) }]);
    expect(teacher.errors).toEqual([]);
    expect(student.errors).toEqual([]);
  });
});
