// Plays random legal games for property tests: at each step it lists every decision the rules
// allow now (each lever with each side or tone, a package from the choices, ending the round) and
// takes the one the choice sequence points at.
import type { Level } from '../../src/sim/level';
import { SIDES } from '../../src/sim/level';
import type { GameState, MediatorAction, Proposal } from '../../src/sim/state';
import { ACTIONS } from '../../src/sim/catalog';
import { createGame, refuse, step } from '../../src/sim/game';

/** Every decision `refuse` allows in `game`, with the package built from `pick`. */
export function legalActions(level: Level, game: GameState, pick: number): MediatorAction[] {
  const all: MediatorAction[] = [{ type: 'end_round' }];
  for (const info of ACTIONS) {
    if (info.type === 'statement') {
      for (const side of SIDES) for (const tone of ['praise', 'blame'] as const) all.push({ type: 'statement', side, tone });
    } else if (info.targeted) {
      for (const side of SIDES) all.push({ type: info.type, side } as MediatorAction);
    } else if (info.type !== 'propose' && info.type !== 'end_round') {
      all.push({ type: info.type } as MediatorAction);
    }
  }
  const proposal: Proposal = {};
  level.issues.forEach((issue, i) => {
    proposal[issue.id] = issue.options[(pick + i * 7) % issue.options.length]!.id;
  });
  all.push({ type: 'propose', proposal });
  if (pick % 5 === 0) all.push({ type: 'propose', proposal, humans: { th: pick % 2 ? 'accept' : 'reject' } });
  return all.filter((a) => refuse(level, game, a) === null);
}

/** Plays the choices from a seed (stops early when the game ends). */
export function randomGame(level: Level, seed: number, difficulty: GameState['difficulty'], choices: readonly number[]): GameState {
  let game = createGame(level, { seed, difficulty });
  for (const c of choices) {
    if (game.outcome) break;
    const options = legalActions(level, game, c);
    const r = step(level, game, options[c % options.length]!);
    game = r.state;
  }
  return game;
}
