// The benchmark's interaction metrics: how much of the acting screen's DOM a decision replaces
// (a MutationObserver counts element nodes added and removed when the player uses a lever and when
// they pick a term), and how long a click takes to reach the next paint (the Event Timing API)
// over a whole scripted game under 4x CPU throttling. Both run on any build of the game (the
// selectors are by role and name, and the page's own attributes), so a build of an earlier commit
// can be measured beside this one (`scripts/bench/interaction.ts`).
import type { Browser, Page } from 'playwright-core';

/** Collects every Event Timing entry of an interaction (a click, a key press) from page start. */
const EVENT_TIMING_PROBE = String.raw`(() => {
  window.__interactions = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.interactionId) window.__interactions.push({ id: e.interactionId, name: e.name, duration: e.duration });
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  } catch { /* no Event Timing: the list stays empty */ }
})()`;

const screenOf = (page: Page) => page.evaluate(() => document.documentElement.dataset['screen'] ?? '');

/** Waits for the page to settle after a click: two animation frames, then a task. */
async function settle(page: Page): Promise<void> {
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))))');
}

/** From the menu (or a briefing a link opened) to the acting screen of round 1. */
async function toActing(page: Page): Promise<void> {
  const next: Record<string, string> = { menu: 'New game', briefing: 'Begin', situation: 'Continue' };
  for (let screen = ''; screen !== 'acting'; ) {
    await page.waitForFunction(() => /^(menu|briefing|situation|acting)$/.test(document.documentElement.dataset['screen'] ?? ''));
    screen = await screenOf(page);
    const name = next[screen];
    if (name) {
      await page.getByRole('button', { name, exact: true }).click();
      await page.waitForFunction((s) => document.documentElement.dataset['screen'] !== s, screen);
    }
  }
  await settle(page);
}

/**
 * The in-page counter, kept as source text (a function compiled by the test runner could carry
 * helper calls the page does not have): `start()` notes the screen's element count and starts
 * counting element nodes added and removed (with their descendants); `stop()` returns the counts.
 */
const MUTATION_COUNTER = String.raw`(() => {
  const root = document.getElementById('app');
  const size = (n) => (n instanceof Element ? 1 + n.querySelectorAll('*').length : 0);
  let obs = null, before = 0, removed = 0, added = 0;
  const count = (records) => {
    for (const r of records) {
      r.removedNodes.forEach((n) => { removed += size(n); });
      r.addedNodes.forEach((n) => { if (n.isConnected) added += size(n); });
    }
  };
  window.__mutations = {
    start() {
      if (obs) obs.disconnect();
      before = root.querySelectorAll('*').length; removed = 0; added = 0;
      obs = new MutationObserver(count);
      obs.observe(root, { childList: true, subtree: true });
    },
    stop() {
      count(obs.takeRecords());
      obs.disconnect(); obs = null;
      return { before, after: root.querySelectorAll('*').length, removed, added };
    },
  };
})()`;

/** Share of the screen's element nodes added or removed by `act` (the larger of the two shares). */
async function replacedShare(page: Page, act: () => Promise<void>): Promise<{ share: number; elements: number; removed: number; added: number }> {
  await page.evaluate('window.__mutations || ' + MUTATION_COUNTER);
  await page.evaluate('window.__mutations.start()');
  await act();
  await settle(page);
  const r = await page.evaluate('window.__mutations.stop()') as { before: number; after: number; removed: number; added: number };
  return { share: Math.max(r.removed / r.before, r.added / r.after), elements: r.before, removed: r.removed, added: r.added };
}

/** What a decision on the acting screen replaced: using a lever, and picking a term. */
export interface Replaced {
  lever: number;
  term: number;
  elements: number;
}

/**
 * Share of the acting screen's element nodes removed or added when the player uses a lever (Host
 * talks) and when they pick a term (the first issue's first unchecked option).
 */
export async function domNodesReplaced(browser: Browser, url: string): Promise<Replaced> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await toActing(page);
    const LOG_LENGTH = 'window.__asean?.getViewModel()?.game?.log.length ?? 0';
    const round = () => page.evaluate(LOG_LENGTH) as Promise<number>;
    const logBefore = await round();
    const lever = await replacedShare(page, async () => {
      await page.getByRole('button', { name: 'Host talks', exact: true }).click();
      await page.waitForFunction(`(${LOG_LENGTH}) > ${logBefore}`);
    });
    const term = await replacedShare(page, async () => {
      await page.locator('form.proposal fieldset').first().locator('input[type=radio]:not(:checked)').first().check();
    });
    return { lever: lever.share, term: term.share, elements: lever.elements };
  } finally {
    await context.close();
  }
}

/** The interactions of one scripted game: each one's longest event, click to next paint. */
export interface Interactions {
  durations: number[];
  clicks: number;
  screen: string;
}

/**
 * Plays one whole game by clicks under 4x CPU throttling (each round: Continue, Host talks when it
 * can, a term picked, End round, Continue) and returns each interaction's duration from the Event
 * Timing API: from the input to the next paint after the handlers ran.
 */
export async function scriptedGameInteractions(browser: Browser, url: string, maxClicks = 80): Promise<Interactions> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(EVENT_TIMING_PROBE);
    await page.goto(url);
    await page.waitForFunction(() => /^(menu|briefing)$/.test(document.documentElement.dataset['screen'] ?? ''));
    // The map loads once the first screen is up: the game is timed with it, not its one-off start.
    await page.waitForFunction(() => document.querySelector('#game-canvas canvas'), undefined, { timeout: 60_000 }).catch(() => undefined);
    await settle(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let clicks = 0;
    let actedIn = -1;
    let picked = -1;
    const press = async (name: string) => {
      const b = page.getByRole('button', { name, exact: true });
      if ((await b.count()) === 0) return false;
      const first = b.first();
      if ((await first.getAttribute('aria-disabled')) === 'true' || (await first.isDisabled())) return false;
      await first.click();
      clicks++;
      await settle(page);
      return true;
    };
    for (let screen = await screenOf(page); screen !== 'debrief' && clicks < maxClicks; screen = await screenOf(page)) {
      const round = await page.evaluate('window.__asean?.getViewModel()?.game?.round ?? 0') as number;
      if (screen === 'menu') await press('New game');
      else if (screen === 'briefing') await press('Begin');
      else if (screen === 'acting') {
        if (actedIn !== round) { actedIn = round; if (await press('Host talks')) continue; }
        if (picked !== round) {
          picked = round;
          const radio = page.locator('form.proposal fieldset').first().locator('input[type=radio]:not(:checked)').first();
          if ((await radio.count()) > 0) { await radio.check(); clicks++; await settle(page); continue; }
        }
        await press('End round without a proposal');
      } else await press('Continue');
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.waitForTimeout(200);
    const entries = await page.evaluate('window.__interactions') as { id: number; duration: number }[];
    const byId = new Map<number, number>();
    for (const e of entries) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration));
    return { durations: [...byId.values()], clicks, screen: await screenOf(page) };
  } finally {
    await context.close();
  }
}
