// Hot-seat play, keyboard only: a human team plays Thailand and the computer plays Cambodia. The
// envoy tables a package; the device is passed to Thailand's team, whose screen shows the package
// and Thailand's priorities but nothing of Cambodia's or of the envoy's table; the team accepts
// with a reason; the device goes back; the answers show the team's verdict beside the model's.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, newPage, screenshot } from './browser';
import { useSession } from './session';
import { chooseRadio, press, tabTo } from './keyboard';
import { fairPackage } from '../../src/sim/strategies';
import type { Level } from '../../src/sim/level';

let browser: Browser;
let level: Level;
useSession((b, l) => {
  browser = b;
  level = l;
});

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const screen = (page: Page) => page.evaluate(() => document.documentElement.dataset['screen']);
const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('hot-seat', () => {
  it('plays a round with a human Thai team and the AI Cambodian delegation', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    const th = level.sides.th.name;
    const kh = level.sides.kh.name;
    try {
      await page.goto(`${baseURL()}?level=december-2025&seed=42&renderer=canvas`, { waitUntil: 'networkidle' });
      await expect.poll(() => screen(page)).toBe('menu');
      await press(page, page.getByText('Classroom and workshop options', { exact: true }));
      const who = page.getByRole('group', { name: `${th} played by` });
      await chooseRadio(page, who, who.getByRole('radio', { name: 'A team', exact: true }));
      const difficulty = page.getByRole('group', { name: 'Difficulty' });
      await chooseRadio(page, difficulty, difficulty.getByRole('radio', { name: 'Calm', exact: true }));
      await press(page, button(page, 'New game'));
      await press(page, button(page, 'Begin'));
      await press(page, button(page, 'Continue'));
      await expect.poll(() => screen(page)).toBe('acting');

      const form = page.getByRole('form', { name: 'Your package' });
      const terms = fairPackage(level);
      for (const issue of level.issues) {
        const group = form.getByRole('group', { name: issue.label, exact: true });
        const option = issue.options.find((o) => o.id === terms[issue.id])!;
        await chooseRadio(page, group, group.getByRole('radio', { name: option.label, exact: true }));
      }
      await press(page, button(page, 'Table this package'));

      await expect.poll(() => h1(page)).toBe(`Pass the device to ${th}’s team`);
      expect(await page.getByRole('form', { name: 'Your package' }).count()).toBe(0);
      expect(await page.getByText('Your levers').count()).toBe(0);
      await press(page, button(page, `We are ${th}’s team: show the package`));

      await expect.poll(() => h1(page)).toBe(`${th}’s team: your answer`);
      await expect.poll(() => page.getByRole('list', { name: `${th}’s priorities at the table` }).isVisible()).toBe(true);
      expect(await page.getByText(new RegExp(`${kh}’s priorities|matters most to ${kh}`)).count()).toBe(0);
      await screenshot(page, 'hotseat-team-1366x768');
      const answer = page.getByRole('group', { name: 'Your answer' });
      await chooseRadio(page, answer, answer.getByRole('radio', { name: 'Accept', exact: true }));
      const reason = page.getByRole('textbox', { name: /Your reason/ });
      await tabTo(page, reason);
      await page.keyboard.type('Observers first, then the border talks.');
      await press(page, button(page, 'Give our answer'));

      await expect.poll(() => h1(page)).toBe('Pass the device back to the envoy');
      await press(page, button(page, 'Show the answers'));
      await expect.poll(() => screen(page)).toBe('responding');

      const thai = page.getByRole('article', { name: `${th}: Accepts` });
      await expect(thai.textContent()).resolves.toContain('team');
      await expect(page.getByRole('article', { name: new RegExp(`^${kh}: `) }).count()).resolves.toBe(1);
      await expect.poll(() => page.getByText('“Observers first, then the border talks.”').isVisible()).toBe(true);
      const vm = await page.evaluate(() => window.__asean?.getViewModel());
      const tabled = vm?.game?.log.at(-1);
      expect(tabled).toMatchObject({ type: 'propose', humans: { th: 'accept' } });
      expect(tabled && 'humans' in tabled ? tabled.humans?.kh : 'missing').toBeUndefined();
      expect(vm?.game?.answers.find((a) => a.side === 'kh')?.reason.kind).not.toBe('human');

      await press(page, button(page, 'Continue'));
      await expect.poll(() => screen(page)).toBe('world');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
