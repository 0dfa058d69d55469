// The search's moves within a round, in one fixed order: every lever that changes the world, and
// consulting a delegation (its reading names its red line in this game, which the search otherwise
// only imagines; asking for priorities tells nothing the search's model lacks), then the ways to
// close the round: table the model's package, table a blend of the counter-offers, end the round
// without tabling, or (before any lever) play the whole day as one of the scripted mediators would,
// so the search can always do at least what the best of them does. A round's plan is a set of
// levers taken in this order, then one closing move, so each plan is reached by exactly one path in
// the search tree.

import type { Level } from '../level';
import type { GameState, MediatorAction, Proposal } from '../state';
import { refuse } from '../game';
import { nextPackage } from '../strategies';
import { modelPackage } from './packages';
import { beforeAdviceHeard } from './rollout';
import { STRATEGIES } from '../balance/strategies';

/** A move's kind: a lever, or how the round closes. */
export type Move =
  | { kind: 'lever'; action: MediatorAction }
  | { kind: 'table-model' }
  | { kind: 'table-counters' }
  | { kind: 'end' }
  /** A whole day as a scripted mediator would play it (its levers and its package), then the day ends. */
  | { kind: 'plan'; name: string };

/** The levers in the order the search takes them. */
export const LEVERS: readonly MediatorAction[] = [
  { type: 'host_talks' },
  { type: 'shuttle', side: 'th' },
  { type: 'shuttle', side: 'kh' },
  { type: 'hotline' },
  { type: 'consult', side: 'th' },
  { type: 'consult', side: 'kh' },
  { type: 'advise', side: 'th' },
  { type: 'advise', side: 'kh' },
  { type: 'us_incentive' },
  { type: 'us_tariff_threat' },
  { type: 'aid_package' },
  { type: 'deploy_observers' },
  { type: 'demining_teams' },
  { type: 'corridors' },
  { type: 'statement', side: 'th', tone: 'praise' },
  { type: 'statement', side: 'kh', tone: 'praise' },
  { type: 'statement', side: 'th', tone: 'blame' },
  { type: 'statement', side: 'kh', tone: 'blame' },
];

/** The scripted mediators whose whole day the search may play as one move. */
export const PLANS: readonly string[] = Object.keys(STRATEGIES).filter((n) => n !== 'passive');

/** Every move by number: the levers, then the closing moves (three, then one per scripted day-plan). */
export const MOVES: readonly Move[] = [
  ...LEVERS.map((action): Move => ({ kind: 'lever', action })),
  { kind: 'table-model' },
  { kind: 'table-counters' },
  { kind: 'end' },
  ...PLANS.map((name): Move => ({ kind: 'plan', name })),
];

/** Number of the first closing move. */
export const FIRST_CLOSING = LEVERS.length;

/** Number of the first scripted day-plan move. */
export const FIRST_PLAN = FIRST_CLOSING + 3;

/**
 * The moves open now, after the levers already taken this round up to `after` (a move number):
 * only later levers, then the closing moves that are legal.
 */
export function openMoves(level: Level, g: GameState, after: number): number[] {
  const out: number[] = [];
  for (let m = after + 1; m < FIRST_CLOSING; m++) if (refuse(level, g, LEVERS[m]!) === null) out.push(m);
  if (canTable(level, g)) {
    out.push(FIRST_CLOSING);
    if (hasCounters(g)) out.push(FIRST_CLOSING + 1);
  }
  out.push(FIRST_CLOSING + 2);
  // A scripted day-plan is a whole day: offered only before any lever of the day.
  if (after < 0) for (let k = 0; k < PLANS.length; k++) out.push(FIRST_PLAN + k);
  return out;
}

/** Whether a package may be tabled now (no accord yet, capital left, nothing on the table, allowed here). */
export function canTable(level: Level, g: GameState): boolean {
  return refuse(level, g, { type: 'propose', proposal: somePackage(level) }) === null;
}

const some = new WeakMap<Level, Proposal>();

/** Some complete package of the level (only to ask whether tabling is allowed now). */
function somePackage(level: Level): Proposal {
  let p = some.get(level);
  if (!p) {
    p = {};
    for (const i of level.issues) p[i.id] = i.options[0]!.id;
    some.set(level, p);
  }
  return p;
}

/** Whether the last round brought counter-offers to blend. */
function hasCounters(g: GameState): boolean {
  const last = g.reports[g.reports.length - 1];
  return !!last && last.answers.some((a) => a.counter);
}

/** The decisions a move stands for in this state (a closing move's package is chosen now). */
export function actionsOf(level: Level, g: GameState, move: number): MediatorAction[] {
  const m = MOVES[move]!;
  switch (m.kind) {
    case 'lever': return [m.action];
    case 'table-model': return [{ type: 'propose', proposal: modelPackage(level, beforeAdviceHeard(g)).proposal }];
    case 'table-counters': return [{ type: 'propose', proposal: nextPackage(level, g) }];
    case 'end': return [];
    case 'plan': return STRATEGIES[m.name]!(level, g);
  }
}

/** A move in a few words, for the recipe. */
export function moveName(move: number): string {
  const m = MOVES[move]!;
  if (m.kind === 'table-model') return 'table the package both sides would sign (or the nearest)';
  if (m.kind === 'table-counters') return 'table a blend of their counter-offers';
  if (m.kind === 'end') return 'end the day';
  if (m.kind === 'plan') return `play the day as "${m.name}" would`;
  return actionName(m.action);
}

/** A decision in a few words. */
export function actionName(a: MediatorAction): string {
  switch (a.type) {
    case 'shuttle': return `shuttle to ${sideName(a.side)}`;
    case 'advise': return `advise ${sideName(a.side)}`;
    case 'statement': return `${a.tone} ${sideName(a.side)} in public`;
    case 'consult': return `consult ${sideName(a.side)}`;
    case 'propose': return 'table a package';
    default: return a.type.replace(/_/g, ' ').replace('us ', 'US ');
  }
}

const sideName = (s: string) => (s === 'th' ? 'Thailand' : 'Cambodia');
