// The round cycle at a delegation's seat: the player's own turn (levers for its own side only), the
// AI envoy to its package, the player's answer in the log as that seat's, both answers, the
// round's news, and so on to the outcome; and which earlier run the debrief pairs with the latest.
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Level } from '../../src/sim/level';
import { createGame, replay } from '../../src/sim/game';
import { seatRoundMachine } from '../../src/machines/seat-round';
import { addRun, pairedRun } from '../../src/machines/seat-runs';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
});

describe('the seat round machine', () => {
  it('plays a whole game at Cambodia’s seat: own turn, the envoy, the answer, the news, to the outcome', () => {
    const actor = createActor(seatRoundMachine, { input: { level, game: createGame(level, { seed: 21 }), seat: 'kh' } }).start();
    expect(actor.getSnapshot().value).toBe('own');
    // A lever for the other side is not the seat's to take.
    actor.send({ type: 'SEAT_ACT', action: { type: 'complain', side: 'th' } });
    expect(actor.getSnapshot().context.game.log).toEqual([]);
    actor.send({ type: 'SEAT_ACT', action: { type: 'public_statement', side: 'kh', tone: 'calm' } });
    expect(actor.getSnapshot().context.game.log).toEqual([{ type: 'public_statement', side: 'kh', tone: 'calm' }]);
    const stages = new Set<string>();
    let countered = false;
    for (let n = 0; n < 200 && actor.getSnapshot().status === 'active'; n++) {
      const { value, context } = actor.getSnapshot();
      stages.add(String(value));
      if (value === 'own') actor.send({ type: 'SEAT_READY' });
      else if (value === 'answering') {
        expect(context.pending).not.toBeNull();
        if (!countered) {
          const issue = level.issues.find((i) => i.id === 'detainees')!;
          actor.send({ type: 'SEAT_ANSWER', answer: { verdict: 'counter', counter: { detainees: issue.options.at(-1)!.id } } });
          countered = true;
        } else actor.send({ type: 'SEAT_ANSWER', answer: 'accept' });
      } else actor.send({ type: 'SEAT_CONTINUE' });
    }
    const game = actor.getSnapshot().output!.game;
    expect(stages).toEqual(new Set(['own', 'answering', 'responding', 'world']));
    expect(game.outcome).not.toBeNull();
    const tabled = game.log.filter((a) => a.type === 'propose');
    expect(tabled.length).toBeGreaterThan(0);
    // Every package carries the seat's answer, and only the seat's.
    for (const a of tabled) expect(Object.keys(a.humans ?? {})).toEqual(['kh']);
    expect(tabled[0]!.humans!.kh).toMatchObject({ verdict: 'counter' });
    // The log replays to the same game.
    expect(replay(level, 21, 'tense', game.log)).toEqual({ ...game, cues: replay(level, 21, 'tense', game.log).cues });
  });
});

describe('the runs the debrief compares', () => {
  it('pairs the latest run with the one before it only for the same scenario, seed and difficulty from the other seat', () => {
    const a = { seat: 'kh' as const, game: createGame(level, { seed: 5 }) };
    const b = { seat: 'th' as const, game: createGame(level, { seed: 5 }) };
    expect(pairedRun(addRun([], a))).toBeNull();
    expect(pairedRun(addRun([a], b))).toEqual({ earlier: a, latest: b });
    expect(pairedRun(addRun([a], { ...b, seat: 'kh' }))).toBeNull();
    expect(pairedRun(addRun([a], { ...b, game: createGame(level, { seed: 6 }) }))).toBeNull();
    expect(pairedRun(addRun([a], { ...b, game: createGame(level, { seed: 5, difficulty: 'calm' }) }))).toBeNull();
    expect(addRun(addRun([a], b), a)).toEqual([b, a]);
  });
});
