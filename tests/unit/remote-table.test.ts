// @vitest-environment happy-dom
// A class table drawn with the solo screens: the table machine behind the adapter follows only the
// server's state. A lever pressed on the solo acting screen becomes an intent and changes nothing
// until the server's state comes back with it; a package goes to the answers only then; the answers'
// Continue asks the server to end the round; a refusal is shown as the sim's own message where the
// solo game shows its refusals; the session's end opens the solo debrief without its solo buttons.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState, MediatorAction } from '../../src/sim/state';
import type { ViewModel } from '../../src/machines/view-model';
import { createGame, step } from '../../src/sim/game';
import { msg } from '../../src/sim/message';
import { fairPackage } from '../../src/sim/strategies';
import { mountUI } from '../../src/ui/mount';
import { loadPlayScreens } from '../../src/ui/play-screens-load';
import { say } from '../../src/ui/say';
import { createRemoteTable } from '../../src/class/remote-table';
import type { Intent } from '../../src/class/table-machine';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel('july-2025');
  // The round screens come in a chunk of their own, loaded after the first screen in the page.
  await loadPlayScreens();
});

/** A table with the solo screens mounted, and what it sent to the "server". */
function table() {
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  const intents: Intent[] = [];
  const source = createRemoteTable(level, '3', (i) => intents.push(i));
  const ui = mountUI(root, (e) => source.send(e));
  let vm: ViewModel = source.getViewModel();
  source.subscribe((next) => {
    vm = next;
    ui.render(next);
  });
  const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  return { root, intents, source, button, vm: () => vm };
}

const apply = (g: GameState, a: MediatorAction) => {
  const r = step(level, g, a);
  if (!r.ok) throw new Error(`${a.type} refused`);
  return r.state;
};

describe('a class table on the solo screens', () => {
  it('shows a decision only once the server has it, and follows the server from screen to screen', () => {
    const t = table();
    let g = createGame(level, { seed: 5, difficulty: 'tense' });
    t.source.update(g, 'running');
    expect(t.vm().screen).toBe('situation');
    expect(t.vm().remote).toEqual({ name: '3', ended: false });
    t.button('Continue')!.click();
    expect(t.vm().screen).toBe('acting');

    t.button('Host talks')!.click();
    expect(t.intents).toEqual([{ action: { type: 'host_talks' }, at: 0 }]);
    expect(t.vm().game!.log).toHaveLength(0); // nothing changes before the server answers
    g = apply(g, { type: 'host_talks' });
    t.source.update(g, 'running');
    expect(t.vm().game!.log).toEqual([{ type: 'host_talks' }]);
    expect(t.vm().screen).toBe('acting');

    const proposal = fairPackage(level);
    t.source.send({ type: 'PROPOSE', proposal });
    expect(t.intents.at(-1)).toEqual({ action: { type: 'propose', proposal }, at: 1 });
    expect(t.vm().screen).toBe('acting');
    g = apply(g, { type: 'propose', proposal });
    t.source.update(g, 'running');
    expect(t.vm().screen).toBe('responding');
    expect(t.root.querySelectorAll('article.answer')).toHaveLength(2);

    // Continue on the answers asks the server to end the round; the report shows once it has.
    t.button('Continue')!.click();
    expect(t.intents.at(-1)).toEqual({ action: { type: 'end_round' }, at: 2 });
    expect(t.vm().screen).toBe('responding');
    g = apply(g, { type: 'end_round' });
    t.source.update(g, 'running');
    expect(t.vm().screen).toBe('world');
    t.button('Continue')!.click();
    expect(t.vm().screen).toBe(g.outcome ? 'debrief' : 'situation');
  });

  it('shows a refusal from the server as the sim’s own message, where the solo game shows one', () => {
    const t = table();
    const g = createGame(level, { seed: 5, difficulty: 'tense' });
    t.source.update(g, 'running');
    t.button('Continue')!.click();
    const reason = msg('sim.refuse.alreadyUsed', { lever: 'host_talks' });
    t.source.refused(reason);
    const alert = t.root.querySelector<HTMLElement>('[role=alert]')!;
    expect(alert.hidden).toBe(false);
    expect(alert.textContent).toBe(say(level, reason));
    expect(alert.textContent).toContain('already used');
  });

  it('another student’s decision at the same table moves this page to its screen; a page opened late starts where the table is', () => {
    const t = table();
    let g = createGame(level, { seed: 9, difficulty: 'tense' });
    g = apply(g, { type: 'host_talks' });
    t.source.update(g, 'running');
    expect(t.vm().screen).toBe('acting');
    g = apply(g, { type: 'end_round' });
    t.source.update(g, 'running');
    expect(t.vm().screen).toBe('world');
    // An inject (no new decision) leaves the screen as it is and shows its effects in the game.
    t.button('Continue')!.click();
    expect(t.vm().screen).toBe('situation');
    t.source.update({ ...g, intensity: g.intensity + 1 }, 'running');
    expect(t.vm().screen).toBe('situation');
  });

  it('pause and the session’s end: paused while the teacher holds it, then the solo debrief without Play again', () => {
    const t = table();
    const g = createGame(level, { seed: 5, difficulty: 'tense' });
    t.source.update(g, 'paused');
    expect(t.vm().paused).toBe(true);
    t.source.update(g, 'running');
    expect(t.vm().paused).toBe(false);
    t.source.update(g, 'ended');
    expect(t.vm().screen).toBe('debrief');
    expect(t.vm().remote?.ended).toBe(true);
    expect(t.root.textContent).toContain('The session ended before your table’s game did');
    expect(t.button('Play again')).toBeUndefined();
    expect(t.button('Main menu')).toBeUndefined();
  });
});
