// The mediator's levers as pure rules on a draft state. Each returns null when applied, or the
// reason it cannot be (the caller turns that into a refusal). Costs come from the catalogue.

import { SIDES, type Level } from './level';
import type { GameState, MediatorAction, MeterChange } from './state';
import type { Draws } from './rng';
import { applyLeverage, nudge, nudgeSigned, otherSide } from './side-effects';
import { clamp, sigmoid } from './math';
import { markMeters } from './meters';
import { msg, type Msg } from './message';

type Lever = Exclude<MediatorAction, { type: 'propose' } | { type: 'end_round' }>;

/** Kydd: advice is believed with probability σ(a·bias toward this side + b·trust − c). */
export const KYDD = { a: 3, b: 4, c: 2.5 } as const;

/** Why a lever cannot be used in this state (already in place, nothing left), or null. */
export function leverPrecondition(g: GameState, action: Lever): Msg | null {
  switch (action.type) {
    case 'hotline': return g.measures.hotline ? msg('sim.refuse.hotlineOpen') : null;
    case 'ask_priorities':
      if (g.accord) return msg('sim.refuse.noPackageToShape');
      return g.prioritiesKnown ? msg('sim.refuse.prioritiesKnown') : null;
    case 'us_tariff_threat':
    case 'us_incentive': return g.leverageLeft <= 0 ? msg('sim.refuse.noLeverage') : null;
    case 'deploy_observers': return g.measures.observers ? msg('sim.refuse.observersDeployed') : null;
    case 'demining_teams': return g.measures.deminingTeams ? msg('sim.refuse.deminingAtWork') : null;
    case 'corridors': return g.measures.corridors ? msg('sim.refuse.corridorsOpen') : null;
    default: return null;
  }
}

/** Applies one lever that `leverPrecondition` allowed. */
export function applyLever(level: Level, g: GameState, action: Lever, draws: Draws, changes: MeterChange[] | null): void {
  // Each lever marks the meters, changes them, then records the changes with their cause; in a
  // headless run (`changes` null) the mark is null and neither it nor the message is built.
  switch (action.type) {
    case 'host_talks': {
      const mark = markMeters(g, changes);
      // Facilitation builds trust in the mediator; trust between the sides moves only on
      // verified compliance (world.ts), never on words alone.
      nudge(g, 'th', 'trustMediator', 0.05);
      nudge(g, 'kh', 'trustMediator', 0.05);
      g.intensity = clamp(g.intensity - 0.04);
      g.aseanCredibility = clamp(g.aseanCredibility + 0.02);
      mark?.record(msg('sim.cause.hostedTalks'));
      return;
    }
    case 'shuttle': {
      const mark = markMeters(g, changes);
      nudge(g, action.side, 'trustMediator', 0.07);
      nudge(g, action.side, 'pressure', -0.04);
      nudgeSigned(g, action.side, 'bias', 0.05);
      nudgeSigned(g, otherSide(action.side), 'bias', -0.03);
      mark?.record(msg('sim.cause.listened', { side: action.side, capital: action.side }));
      return;
    }
    case 'hotline': {
      const mark = markMeters(g, changes);
      g.measures.hotline = true;
      g.intensity = clamp(g.intensity - 0.03);
      mark?.record(msg('sim.cause.hotline'));
      return;
    }
    case 'ask_priorities':
      g.prioritiesKnown = true;
      return;
    case 'advise': {
      const s = g.sides[action.side];
      const p = sigmoid(KYDD.a * s.bias + KYDD.b * s.trustMediator - KYDD.c);
      const believed = draws.chance(p);
      const why = s.bias < 0 ? 'leaning' : s.trustMediator < 0.5 ? 'distrust' : 'chose';
      const mark = markMeters(g, changes);
      s.adviceBelieved = believed;
      if (!believed) nudge(g, action.side, 'trustMediator', -0.02);
      mark?.record(msg(believed ? 'sim.cause.believed' : `sim.cause.dismissed.${why}`, { side: action.side }));
      return;
    }
    case 'us_tariff_threat':
    case 'us_incentive': {
      const isPublic = action.type === 'us_tariff_threat';
      const mark = markMeters(g, changes);
      applyLeverage(level, g, isPublic ? 0.6 : 0.3, isPublic);
      mark?.record(msg(isPublic ? 'sim.cause.tariffThreat' : 'sim.cause.tradeIncentive'));
      return;
    }
    case 'aid_package': {
      const mark = markMeters(g, changes);
      for (const s of SIDES) {
        nudge(g, s, 'pain', -0.05);
        nudge(g, s, 'pressure', -0.04);
      }
      g.aseanCredibility = clamp(g.aseanCredibility + 0.05);
      g.intensity = clamp(g.intensity - 0.02);
      mark?.record(msg('sim.cause.aid'));
      return;
    }
    case 'deploy_observers': {
      const mark = markMeters(g, changes);
      g.measures.observers = true;
      g.intensity = clamp(g.intensity - 0.05);
      g.aseanCredibility = clamp(g.aseanCredibility + 0.03);
      mark?.record(msg('sim.cause.observers'));
      return;
    }
    case 'demining_teams': {
      const mark = markMeters(g, changes);
      g.measures.deminingTeams = true;
      mark?.record(msg('sim.cause.deminingTeams'));
      return;
    }
    case 'corridors': {
      const mark = markMeters(g, changes);
      g.measures.corridors = true;
      for (const s of SIDES) nudge(g, s, 'pain', -0.03);
      mark?.record(msg('sim.cause.corridors'));
      return;
    }
    case 'consult':
      if (!g.consulted.includes(action.side)) g.consulted.push(action.side);
      return;
    case 'statement': {
      const praise = action.tone === 'praise';
      const mark = markMeters(g, changes);
      nudgeSigned(g, action.side, 'bias', praise ? 0.15 : -0.2);
      nudgeSigned(g, otherSide(action.side), 'bias', praise ? -0.1 : 0.1);
      nudge(g, action.side, 'trustMediator', praise ? 0.03 : -0.08);
      if (!praise) nudge(g, action.side, 'pressure', 0.04);
      mark?.record(msg(praise ? 'sim.cause.praised' : 'sim.cause.blamed', { side: action.side }));
      return;
    }
  }
}
