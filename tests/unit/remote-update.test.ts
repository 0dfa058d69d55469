// @vitest-environment happy-dom
// A snapshot that arrives from elsewhere (a remote player, a class session) while the envoy is in
// the middle of a decision must not disturb it: the screen updates in place. The envoy has picked
// a term (focus on that radio button) and opened a meter's causes; a new view model with only one
// meter changed arrives. The same radio keeps focus and stays checked, the draft package is
// untouched, the same <details> is still open, and only the changed meter's text differs.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import type { ViewModel } from '../../src/machines/view-model';
import type { AppEvent, RoundEvent } from '../../src/machines/events';
import { createGame, step } from '../../src/sim/game';
import { mountUI } from '../../src/ui/mount';
import { loadPlayScreens } from '../../src/ui/play-screens-load';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel();
  // The round screens load after the menu in the page; here they are loaded before the first render.
  await loadPlayScreens();
});

/** A game in its first round after one lever, so the meters panel has causes to open. */
function gameWithCauses(): GameState {
  const r = step(level, createGame(level, { seed: 7, difficulty: 'calm' }), { type: 'host_talks' });
  if (!r.ok) throw new Error('host talks refused');
  return r.state;
}

const acting = (game: GameState): ViewModel => ({ screen: 'acting', level, game, error: null, refusal: null });

describe('a remote-style update of the acting screen', () => {
  it('keeps the focused radio, the draft package and an open <details> as they were', () => {
    const root = document.createElement('main');
    document.body.replaceChildren(root);
    const sent: (AppEvent | RoundEvent)[] = [];
    const ui = mountUI(root, (e) => sent.push(e));
    const game = gameWithCauses();
    ui.render(acting(game));

    // The envoy picks a term for the first issue (focus on that radio) and opens a meter's causes.
    const issue = level.issues[0]!;
    const option = issue.options[issue.options.length - 1]!;
    const radio = root.querySelector<HTMLInputElement>(`input[name="issue-${issue.id}"][value="${option.id}"]`)!;
    radio.focus();
    radio.click();
    expect(radio.checked).toBe(true);
    const details = root.querySelector<HTMLDetailsElement>('.meters details')!;
    expect(details).not.toBeNull();
    details.open = true;
    const draftBefore = { ...ui.store.get().draft };
    expect(draftBefore[issue.id]).toBe(option.id);

    // A new view model arrives with only one meter changed.
    const displacedRow = () => root.querySelector<HTMLElement>('[data-meter="displaced"] .meter-value')!;
    const shownBefore = displacedRow().textContent;
    const nodesBefore = root.querySelectorAll('*').length;
    const moved: GameState = { ...game, displaced: game.displaced + 250_000 };
    ui.render(acting(moved));

    expect(document.activeElement).toBe(radio);
    expect(radio.isConnected).toBe(true);
    expect(radio.checked).toBe(true);
    expect(ui.store.get().draft).toEqual(draftBefore);
    expect(details.isConnected).toBe(true);
    expect(details.open).toBe(true);
    expect(displacedRow().textContent).not.toBe(shownBefore);
    expect(root.querySelectorAll('*').length).toBe(nodesBefore);
    expect(sent).toEqual([]);
  });
});
