// Plays whole games inside the page, fast: a small script evaluated in the tab presses the real
// buttons of each screen by their visible names (New game, Begin, Continue, a lever, End round,
// Play again), so every screen is built and torn down as a player would cause it, without a
// round trip to the test process per click. Used by the heap benchmark and the soak test.
import type { Page } from 'playwright-core';

/**
 * The in-page player, kept as source text: a function compiled by the test runner could carry
 * helper calls the page does not have. It resolves with the number of debriefs reached.
 */
const PLAYER = String.raw`async (games, timeoutMs, levers) => {
  const until = performance.now() + timeoutMs;
  const tick = () => new Promise((r) => setTimeout(r, 0));
  const find = (name) => [...document.querySelectorAll('#app button')].find((b) =>
    b.textContent.trim() === name && !b.disabled && b.getAttribute('aria-disabled') !== 'true');
  const press = (...names) => {
    for (const n of names) { const b = find(n); if (b) { b.click(); return true; } }
    return false;
  };
  let done = 0, lastScreen = document.documentElement.dataset.screen || '', acted = -1, stuck = 0;
  while (done < games && performance.now() < until) {
    const screen = document.documentElement.dataset.screen || '';
    const round = window.__asean?.getViewModel()?.game?.round ?? 0;
    if (screen === 'debrief' && lastScreen !== 'debrief') done++;
    lastScreen = screen;
    if (done >= games) break;
    let pressed = false;
    if (screen === 'menu') pressed = press('New game');
    else if (screen === 'briefing') pressed = press('Begin');
    else if (screen === 'acting') {
      if (levers && acted !== round) { acted = round; pressed = press('Host talks', 'Open a military hotline'); }
      if (!pressed) pressed = press('End round without a proposal');
    } else if (screen === 'debrief') pressed = press('Play again', 'Main menu');
    else pressed = press('Continue');
    stuck = pressed ? 0 : stuck + 1;
    if (stuck > 2000) throw new Error('no button to press on screen "' + screen + '"');
    await tick();
  }
  return done;
}`;

/**
 * Plays `games` games in a row in `page` (already on the menu or in a game).
 * @param levers also use one lever a round (Host talks, else the hotline); without, the fastest path
 * @returns how many debriefs were reached before `timeoutMs` ran out
 */
export async function playGamesInPage(page: Page, games: number, timeoutMs = 60_000, levers = true): Promise<number> {
  return page.evaluate(`(${PLAYER})(${games}, ${timeoutMs}, ${levers})`) as Promise<number>;
}
