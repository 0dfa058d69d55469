// The mediator's levers, each defined once: its family, its cost, whom it can be aimed at, when it
// cannot be used (already in place, nothing left) and what it does. The catalogue the views list,
// the refusals and the reducer all read these definitions, so a new lever is one entry here.

import { SIDES, type Level, type SideId } from './level';
import type { DelegationAction, GameState, MediatorAction, MeterChange } from './state';
import type { Draws } from './rng';
import { applyLeverage, nudge, nudgeSigned, otherSide } from './side-effects';
import { clamp, sigmoid } from './math';
import { markMeters } from './meters';
import { msg, type Msg } from './message';
import { LEVER_TYPES } from './lever-names';

/** A decision that is a lever (everything but tabling a package and ending the round). */
export type LeverAction = Exclude<MediatorAction, { type: 'propose' } | { type: 'end_round' } | DelegationAction>;

/** A lever's name. */
export type LeverType = LeverAction['type'];

/** The action families of GAME.md ("The mediator's levers"). */
export type ActionFamily = 'facilitation' | 'formulation' | 'leverage' | 'verification' | 'public';

/** Whom a lever is aimed at: nobody, one delegation, or one delegation with praise or blame. */
export type LeverTargets = 'none' | 'side' | 'side-tone';

/** Trust in the mediator at which a delegation shares its reading for free. */
export const FREE_READING_TRUST = 0.7;

/** Kydd: advice is believed with probability σ(a·bias toward this side + b·trust − c). */
export const KYDD = { a: 3, b: 4, c: 2.5 } as const;

/** One lever's whole definition. */
export interface LeverDef<T extends LeverType = LeverType> {
  type: T;
  family: ActionFamily;
  /** Capital it costs as listed; `price` may make it cheaper in a given state. */
  cost: number;
  targets: LeverTargets;
  /** Whether its effect draws random numbers (only these open the generator). */
  draws: boolean;
  /** Capital it costs now (the listed cost unless the lever says otherwise). */
  price?(g: GameState, action: Extract<LeverAction, { type: T }>): number;
  /**
   * Why it cannot be used again now, replacing the rule "once a round" (consulting is once a
   * round per delegation), or null.
   */
  repeat?(g: GameState, action: Extract<LeverAction, { type: T }>): Msg | null;
  /** Why it cannot be used in this state (already in place, nothing left), or null. */
  precondition?(g: GameState): Msg | null;
  /**
   * Its effect on a state the caller owns. It marks the meters, changes them, and records the
   * changes with their cause; in a headless run (`changes` null) nothing is recorded.
   */
  apply(level: Level, g: GameState, action: Extract<LeverAction, { type: T }>, draws: Draws, changes: MeterChange[] | null): void;
}

/** Every lever by type; `LEVER_ORDER` gives the order the views list them in. */
export const LEVERS: { readonly [T in LeverType]: LeverDef<T> } = {
  host_talks: {
    type: 'host_talks', family: 'facilitation', cost: 1, targets: 'none', draws: false,
    apply(_level, g, _a, _d, changes) {
      const mark = markMeters(g, changes);
      // Facilitation builds trust in the mediator; trust between the sides moves only on
      // verified compliance (world.ts), never on words alone.
      nudge(g, 'th', 'trustMediator', 0.05);
      nudge(g, 'kh', 'trustMediator', 0.05);
      g.intensity = clamp(g.intensity - 0.04);
      g.aseanCredibility = clamp(g.aseanCredibility + 0.02);
      mark?.record(msg('sim.cause.hostedTalks'));
    },
  },
  shuttle: {
    type: 'shuttle', family: 'facilitation', cost: 1, targets: 'side', draws: false,
    apply(_level, g, a, _d, changes) {
      const mark = markMeters(g, changes);
      nudge(g, a.side, 'trustMediator', 0.07);
      nudge(g, a.side, 'pressure', -0.04);
      nudgeSigned(g, a.side, 'bias', 0.05);
      nudgeSigned(g, otherSide(a.side), 'bias', -0.03);
      mark?.record(msg('sim.cause.listened', { side: a.side, capital: a.side }));
    },
  },
  hotline: {
    type: 'hotline', family: 'facilitation', cost: 1, targets: 'none', draws: false,
    precondition: (g) => (g.measures.hotline ? msg('sim.refuse.hotlineOpen') : null),
    apply(_level, g, _a, _d, changes) {
      const mark = markMeters(g, changes);
      g.measures.hotline = true;
      g.intensity = clamp(g.intensity - 0.03);
      mark?.record(msg('sim.cause.hotline'));
    },
  },
  ask_priorities: {
    type: 'ask_priorities', family: 'formulation', cost: 1, targets: 'none', draws: false,
    precondition(g) {
      if (g.accord) return msg('sim.refuse.noPackageToShape');
      return g.prioritiesKnown ? msg('sim.refuse.prioritiesKnown') : null;
    },
    apply(_level, g) {
      g.prioritiesKnown = true;
    },
  },
  consult: {
    type: 'consult', family: 'formulation', cost: 1, targets: 'side', draws: false,
    // A delegation that trusts the mediator shares its reading for free.
    price: (g, a) => ((g.sides[a.side]?.trustMediator ?? 0) >= FREE_READING_TRUST ? 0 : 1),
    repeat: (g, a) => (g.consulted.includes(a.side) ? msg('sim.refuse.alreadyConsulted', { side: a.side }) : null),
    apply(_level, g, a) {
      if (!g.consulted.includes(a.side)) g.consulted.push(a.side);
    },
  },
  advise: {
    type: 'advise', family: 'formulation', cost: 1, targets: 'side', draws: true,
    apply(_level, g, a, draws, changes) {
      const s = g.sides[a.side];
      const p = sigmoid(KYDD.a * s.bias + KYDD.b * s.trustMediator - KYDD.c);
      const believed = draws.chance(p);
      const why = s.bias < 0 ? 'leaning' : s.trustMediator < 0.5 ? 'distrust' : 'chose';
      const mark = markMeters(g, changes);
      s.adviceBelieved = believed;
      if (!believed) nudge(g, a.side, 'trustMediator', -0.02);
      mark?.record(msg(believed ? 'sim.cause.believed' : `sim.cause.dismissed.${why}`, { side: a.side }));
    },
  },
  us_tariff_threat: {
    type: 'us_tariff_threat', family: 'leverage', cost: 1, targets: 'none', draws: false,
    precondition: (g) => (g.leverageLeft <= 0 ? msg('sim.refuse.noLeverage') : null),
    apply(level, g, _a, _d, changes) {
      const mark = markMeters(g, changes);
      applyLeverage(level, g, 0.6, true);
      mark?.record(msg('sim.cause.tariffThreat'));
    },
  },
  us_incentive: {
    type: 'us_incentive', family: 'leverage', cost: 1, targets: 'none', draws: false,
    precondition: (g) => (g.leverageLeft <= 0 ? msg('sim.refuse.noLeverage') : null),
    apply(level, g, _a, _d, changes) {
      const mark = markMeters(g, changes);
      applyLeverage(level, g, 0.3, false);
      mark?.record(msg('sim.cause.tradeIncentive'));
    },
  },
  aid_package: {
    type: 'aid_package', family: 'leverage', cost: 2, targets: 'none', draws: false,
    apply(_level, g, _a, _d, changes) {
      const mark = markMeters(g, changes);
      for (const s of SIDES) {
        nudge(g, s, 'pain', -0.05);
        nudge(g, s, 'pressure', -0.04);
      }
      g.aseanCredibility = clamp(g.aseanCredibility + 0.05);
      g.intensity = clamp(g.intensity - 0.02);
      mark?.record(msg('sim.cause.aid'));
    },
  },
  deploy_observers: {
    type: 'deploy_observers', family: 'verification', cost: 2, targets: 'none', draws: false,
    precondition: (g) => (g.measures.observers ? msg('sim.refuse.observersDeployed') : null),
    apply(_level, g, _a, _d, changes) {
      const mark = markMeters(g, changes);
      g.measures.observers = true;
      g.intensity = clamp(g.intensity - 0.05);
      g.aseanCredibility = clamp(g.aseanCredibility + 0.03);
      mark?.record(msg('sim.cause.observers'));
    },
  },
  demining_teams: {
    type: 'demining_teams', family: 'verification', cost: 2, targets: 'none', draws: false,
    precondition: (g) => (g.measures.deminingTeams ? msg('sim.refuse.deminingAtWork') : null),
    apply(_level, g, _a, _d, changes) {
      const mark = markMeters(g, changes);
      g.measures.deminingTeams = true;
      mark?.record(msg('sim.cause.deminingTeams'));
    },
  },
  corridors: {
    type: 'corridors', family: 'verification', cost: 1, targets: 'none', draws: false,
    precondition: (g) => (g.measures.corridors ? msg('sim.refuse.corridorsOpen') : null),
    apply(_level, g, _a, _d, changes) {
      const mark = markMeters(g, changes);
      g.measures.corridors = true;
      for (const s of SIDES) nudge(g, s, 'pain', -0.03);
      mark?.record(msg('sim.cause.corridors'));
    },
  },
  statement: {
    type: 'statement', family: 'public', cost: 1, targets: 'side-tone', draws: false,
    apply(_level, g, a, _d, changes) {
      const praise = a.tone === 'praise';
      const mark = markMeters(g, changes);
      nudgeSigned(g, a.side, 'bias', praise ? 0.15 : -0.2);
      nudgeSigned(g, otherSide(a.side), 'bias', praise ? -0.1 : 0.1);
      nudge(g, a.side, 'trustMediator', praise ? 0.03 : -0.08);
      if (!praise) nudge(g, a.side, 'pressure', 0.04);
      mark?.record(msg(praise ? 'sim.cause.praised' : 'sim.cause.blamed', { side: a.side }));
    },
  },
};

/** The levers in the order the views list them (the names' own order, lever-names.ts). */
export const LEVER_ORDER: readonly LeverType[] = LEVER_TYPES;

/** The list of names and the decisions that are levers are the same set (checked when compiling). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesAreLevers: Same<(typeof LEVER_TYPES)[number], LeverType> = true;
void namesAreLevers;

/** The definitions by type, for the per-decision checks (a Map: the rules ask thousands of times a second in headless play). */
const BY_TYPE: ReadonlyMap<string, LeverDef> = new Map(LEVER_TYPES.map((t) => [t, LEVERS[t] as LeverDef]));

/** A lever's definition, or undefined for a type that is not a lever. */
export function leverDef(type: string): LeverDef | undefined {
  return BY_TYPE.get(type);
}

/** Every way of aiming a lever: one action, one per side, or one per side and tone. */
export function leverActions(def: Pick<LeverDef, 'type' | 'targets'>): LeverAction[] {
  const type = def.type;
  if (def.targets === 'none') return [{ type } as LeverAction];
  if (def.targets === 'side') return SIDES.map((side: SideId) => ({ type, side }) as LeverAction);
  return SIDES.flatMap((side: SideId) => (['praise', 'blame'] as const).map((tone) => ({ type: 'statement', side, tone }) as LeverAction));
}
