// @vitest-environment happy-dom
// The score line of a seat's debrief ("Play a side"): only the number is set in the large score
// style; the words around it ("of 100", in each language's order) stay at the text's size.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import type { ScreenContext } from '../../src/ui/context';
import { createGame } from '../../src/sim/game';
import { playOut } from '../../src/sim/strategies';
import { balanced } from '../../src/sim/balance/strategies';
import { seatScore } from '../../src/sim/seats/score';
import { seatDebrief } from '../../src/ui/screens/seat-debrief';
import { setLanguage } from '../../src/i18n/i18n';
import { shippedLevel } from '../helpers/level';

let level: Level;
let game: GameState;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
  game = playOut(level, createGame(level, { seed: 5, difficulty: 'tense' }), balanced);
});

const panel = () => seatDebrief({ vm: { seatRuns: [{ seat: 'kh', game }] }, send: () => undefined } as unknown as ScreenContext, level, game)!;

describe("a seat debrief's score line", () => {
  it('sets only the number large, "of 100" beside it at the text size', async () => {
    await setLanguage('en');
    const points = seatScore(level, game, 'kh').points;
    const line = panel().querySelector('p.score')!;
    expect(line.querySelector('.score-number')!.textContent).toBe(String(points));
    expect(line.textContent).toContain(`${points} of 100`);
  });

  it('in Thai too, with the words after the number outside the large span', async () => {
    await setLanguage('th');
    const points = seatScore(level, game, 'kh').points;
    const line = panel().querySelector('p.score')!;
    expect(line.querySelector('.score-number')!.textContent).toBe(String(points));
    expect(line.textContent).toContain(`${points} จาก 100`);
    await setLanguage('en');
  });
});
