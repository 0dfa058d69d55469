// Hot-seat play, keyboard only: a human team plays Thailand and the computer plays Cambodia. The
// envoy tables a package; the device is passed to Thailand's team, whose screen shows the package
// and Thailand's priorities but nothing of Cambodia's or of the envoy's table; the team accepts
// with a reason; the device goes back; the answers show the team's verdict beside the model's.
// In a second game Thailand's team counter-proposes: it changes one term of the envoy's package in
// the team's own term picker, and the envoy sees the counter-offer and can start from it.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, newPage, screenshot } from './browser';
import { useSession } from './session';
import { chooseRadio, press, tabTo } from './keyboard';
import { fairPackage } from '../../src/sim/strategies';
import type { Level } from '../../src/sim/level';
import type { Proposal } from '../../src/sim/state';

let browser: Browser;
let level: Level;
useSession((b, l) => {
  browser = b;
  level = l;
});

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const screen = (page: Page) => page.evaluate(() => document.documentElement.dataset['screen']);
const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const isFocused = (page: Page, name: string) => page.getByRole('radio', { name, exact: true }).evaluate((el) => el === document.activeElement);

/** From the menu: Thailand played by a team, a calm game, up to the envoy's first acting screen. */
async function startWithThaiTeam(page: Page): Promise<void> {
  const th = level.sides.th.name;
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
}

/** Picks `terms` in the envoy's package builder, by keyboard. */
async function pickTerms(page: Page, terms: Proposal): Promise<void> {
  const form = page.getByRole('form', { name: 'Your package' });
  for (const issue of level.issues) {
    const group = form.getByRole('group', { name: issue.label, exact: true });
    const option = issue.options.find((o) => o.id === terms[issue.id])!;
    await chooseRadio(page, group, group.getByRole('radio', { name: option.label, exact: true }));
  }
}

describe('hot-seat', () => {
  it('plays a round with a human Thai team and the AI Cambodian delegation', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    const th = level.sides.th.name;
    const kh = level.sides.kh.name;
    try {
      await startWithThaiTeam(page);
      await pickTerms(page, fairPackage(level));
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

  it('lets the Thai team counter-propose, and the envoy sees the counter-offer and starts from it', async () => {
    const { context, page, errors } = await newPage(browser, { width: 1366, height: 768 });
    const th = level.sides.th.name;
    const tabled = fairPackage(level);
    // The team moves the first issue one option on from the envoy's term.
    const issue = level.issues[0]!;
    const at = issue.options.findIndex((o) => o.id === tabled[issue.id]);
    const envoys = issue.options[at]!;
    const ours = issue.options[(at + 1) % issue.options.length]!;
    const counter: Proposal = { ...tabled, [issue.id]: ours.id };
    try {
      await startWithThaiTeam(page);
      await pickTerms(page, tabled);
      await press(page, button(page, 'Table this package'));
      await expect.poll(() => h1(page)).toBe(`Pass the device to ${th}’s team`);
      await press(page, button(page, `We are ${th}’s team: show the package`));
      await expect.poll(() => h1(page)).toBe(`${th}’s team: your answer`);

      // The picker is closed until the team chooses to counter, then starts from the envoy's package.
      const picker = page.getByRole('region', { name: 'Your counter-offer' });
      expect(await picker.count()).toBe(0);
      const answer = page.getByRole('group', { name: 'Your answer' });
      await chooseRadio(page, answer, answer.getByRole('radio', { name: 'Counter-propose', exact: true }));
      await expect.poll(() => picker.isVisible()).toBe(true);
      for (const i of level.issues) {
        const option = i.options.find((o) => o.id === tabled[i.id])!;
        const group = picker.getByRole('group', { name: i.label, exact: true });
        await expect(group.getByRole('radio', { name: `${option.label} (the envoy’s term)`, exact: true }).isChecked()).resolves.toBe(true);
      }
      expect(await button(page, 'Give our answer').count()).toBe(0);

      // Sending the envoy's own package back is caught, and focus goes to the first term.
      await press(page, button(page, 'Send our counter-offer'));
      await expect.poll(() => picker.getByRole('status').textContent()).toMatch(/same as the envoy’s package/);
      await expect.poll(() => isFocused(page, `${envoys.label} (the envoy’s term)`)).toBe(true);
      expect(await h1(page)).toBe(`${th}’s team: your answer`);

      const group = picker.getByRole('group', { name: issue.label, exact: true });
      await chooseRadio(page, group, group.getByRole('radio', { name: ours.label, exact: true }));
      await screenshot(page, 'hotseat-counter-1366x768');
      const reason = page.getByRole('textbox', { name: /Your reason/ });
      await tabTo(page, reason);
      await page.keyboard.type('Observers first, and a step further on this term.');
      await press(page, button(page, 'Send our counter-offer'));

      await expect.poll(() => h1(page)).toBe('Pass the device back to the envoy');
      await press(page, button(page, 'Show the answers'));
      await expect.poll(() => screen(page)).toBe('responding');

      const thai = page.getByRole('article', { name: `${th}: Counter-proposes` });
      await expect(thai.textContent()).resolves.toContain('team');
      await expect(thai.getByRole('heading', { name: `${th}’s counter-offer` }).isVisible()).resolves.toBe(true);
      await expect(thai.locator(`[aria-label="${th}’s counter-offer"] dd`).allTextContents()).resolves.toContain(ours.label);
      await expect.poll(() => page.getByText('“Observers first, and a step further on this term.”').isVisible()).toBe(true);
      const vm = await page.evaluate(() => window.__asean?.getViewModel());
      expect(vm?.game?.log.at(-1)).toMatchObject({ type: 'propose', humans: { th: { verdict: 'counter', counter } } });
      const thAnswer = vm?.game?.answers.find((a) => a.side === 'th');
      expect(thAnswer).toMatchObject({ verdict: 'counter', counter, reason: { kind: 'human' } });

      // Next round, the envoy's package builder offers to start from the team's counter-offer.
      await press(page, button(page, 'Continue'));
      await expect.poll(() => screen(page)).toBe('world');
      await press(page, button(page, 'Continue'));
      await expect.poll(() => screen(page)).toBe('situation');
      await press(page, button(page, 'Continue'));
      await expect.poll(() => screen(page)).toBe('acting');
      await press(page, button(page, `Start from ${th}'s counter-offer`));
      const form = page.getByRole('form', { name: 'Your package' });
      for (const i of level.issues) {
        const option = i.options.find((o) => o.id === counter[i.id])!;
        const g = form.getByRole('group', { name: i.label, exact: true });
        await expect.poll(() => g.getByRole('radio', { name: option.label, exact: true }).isChecked()).toBe(true);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
