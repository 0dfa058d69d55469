// Scripted mediator strategies that play the game headless: used by scenario tests, the balance
// report and benchmarks. Each is a pure function from the state to this round's decisions.

import type { Level } from './level';
import type { Answer, GameState, MediatorAction, Proposal } from './state';
import { tableUtility } from './negotiation/utility';
import { tablesOf, toIndices, utilityOf, type Tables } from './negotiation/tables';
import { applyInPlace, refuse } from './game';
import { copyForStep } from './copy';

/** A strategy returns the decisions to take this round, before the round ends. */
export type Strategy = (level: Level, game: GameState) => MediatorAction[];

const fairCache = new WeakMap<Level, Proposal>();

/** The package that maximises the lower of the two sides' utilities (a fair opening). */
export function fairPackage(level: Level): Proposal {
  const hit = fairCache.get(level);
  if (hit) return { ...hit };
  let p: Proposal = {};
  for (const issue of level.issues) p[issue.id] = issue.options[0]!.id;
  // Coordinate ascent on min(U_th, U_kh): a few sweeps reach a local optimum on these small sets.
  for (let sweep = 0; sweep < 4; sweep++) {
    for (const issue of level.issues) {
      let best = p;
      let bestScore = -Infinity;
      for (const o of issue.options) {
        const q = { ...p, [issue.id]: o.id };
        const score = Math.min(tableUtility(level, q, 'th'), tableUtility(level, q, 'kh'));
        if (score > bestScore + 1e-12) {
          bestScore = score;
          best = q;
        }
      }
      p = best;
    }
  }
  fairCache.set(level, p);
  return { ...p };
}

/** The lower of the two sides' table utilities of a package in index form. */
function lowerUtility(t: Tables, idx: readonly number[]): number {
  return Math.min(utilityOf(t.value.th, t.table.th, idx), utilityOf(t.value.kh, t.table.kh, idx));
}

/**
 * The next package to table: the fair one first, then a blend of the two sides' counter-offers,
 * keeping any term a side named as its public's red line at the option it asked for.
 */
export function nextPackage(level: Level, game: GameState): Proposal {
  const last = game.reports[game.reports.length - 1];
  const p = blendCounters(level, last?.answers ?? []);
  if (last) {
    for (const a of last.answers) {
      const issue = a.reason.redLine ? a.reason.issue : undefined;
      const asked = issue && (a.counter?.[issue] ?? a.reason.wouldPass);
      if (issue && asked) p[issue] = asked;
    }
  }
  return p;
}

/** The fair package when no side countered, the one counter-offer, or a blend of the two. */
function blendCounters(level: Level, answers: readonly Answer[]): Proposal {
  const counters: Proposal[] = [];
  for (const a of answers) if (a.counter) counters.push(a.counter);
  if (counters.length === 0) return fairPackage(level);
  if (counters.length === 1) return { ...counters[0]! };
  // Take each issue from whichever counter gives the lower-utility side more: the first counter
  // with that one issue taken from the second, against the first as it is (in index form, the
  // same sums as `tableUtility`).
  const a = counters[0]!;
  const b = counters[1]!;
  const t = tablesOf(level);
  const ia = toIndices(t, a);
  const ib = toIndices(t, b);
  const scoreA = lowerUtility(t, ia);
  const q = ia.slice();
  const p: Proposal = {};
  for (let i = 0; i < level.issues.length; i++) {
    const id = level.issues[i]!.id;
    q[i] = ib[i]!;
    p[id] = lowerUtility(t, q) > scoreA ? b[id] : a[id];
    q[i] = ia[i]!;
  }
  return p;
}

/** Does nothing at all: the no-mediator baseline a player must beat. */
export const passive: Strategy = () => [];

/** Builds trust and verification first, then tables packages that follow the counter-offers. */
export const sensible: Strategy = (level, game) => {
  const acts: MediatorAction[] = [];
  if (game.round === 1) acts.push({ type: 'host_talks' }, { type: 'deploy_observers' });
  else if (game.round === 2) acts.push({ type: 'hotline' }, { type: 'host_talks' });
  else acts.push({ type: 'host_talks' }, { type: 'shuttle', side: game.sides.th.trustMediator <= game.sides.kh.trustMediator ? 'th' : 'kh' });
  if (!game.accord && game.round >= 2) acts.push({ type: 'propose', proposal: nextPackage(level, game) });
  if (game.accord) acts.push({ type: 'demining_teams' });
  return acts;
};

/**
 * Plays a whole game with a strategy; refused decisions are skipped. The start state is not changed.
 * With `record` false the round reports keep no meter changes (the balance report needs none).
 */
export function playOut(level: Level, start: GameState, strategy: Strategy, record = true): GameState {
  const g = copyForStep(start);
  for (let guard = 0; guard < 100 && !g.outcome; guard++) {
    for (const action of strategy(level, g)) if (refuse(level, g, action) === null) applyInPlace(level, g, action, record);
    // A fresh object each round: the log keeps every decision, so none is shared between rounds.
    const end: MediatorAction = { type: 'end_round' };
    if (refuse(level, g, end) === null) applyInPlace(level, g, end, record);
  }
  return g;
}
