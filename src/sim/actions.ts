// The mediator's levers as pure rules on a draft state. Each returns null when applied, or the
// reason it cannot be (the caller turns that into a refusal). Costs come from the catalogue.

import type { Level } from './level';
import type { GameState, MediatorAction, MeterChange } from './state';
import type { Draws } from './rng';
import { applyLeverage, nudge, nudgeSigned, otherSide } from './side-effects';
import { clamp, sigmoid } from './math';
import { tracked } from './meters';

type Lever = Exclude<MediatorAction, { type: 'propose' } | { type: 'end_round' }>;

/** Kydd: advice is believed with probability σ(a·bias toward this side + b·trust − c). */
export const KYDD = { a: 3, b: 4, c: 2.5 } as const;

/** Why a lever cannot be used in this state (already in place, nothing left), or null. */
export function leverPrecondition(g: GameState, action: Lever): string | null {
  switch (action.type) {
    case 'hotline': return g.measures.hotline ? 'The hotline is already open.' : null;
    case 'ask_priorities':
      if (g.accord) return 'An accord is signed: there is no package left to shape.';
      return g.prioritiesKnown ? 'You already know what each side cares about most.' : null;
    case 'us_tariff_threat':
    case 'us_incentive': return g.leverageLeft <= 0 ? 'Washington has no appetite to press again.' : null;
    case 'deploy_observers': return g.measures.observers ? 'Observers are already deployed.' : null;
    case 'demining_teams': return g.measures.deminingTeams ? 'Demining teams are already at work.' : null;
    case 'corridors': return g.measures.corridors ? 'Corridors are already open.' : null;
    default: return null;
  }
}

/** Applies one lever that `leverPrecondition` allowed. */
export function applyLever(level: Level, g: GameState, action: Lever, draws: Draws, changes: MeterChange[] | null): void {
  const track = (cause: string, fn: () => void) => tracked(g, changes, cause, fn);
  switch (action.type) {
    case 'host_talks':
      track('You hosted talks in Kuala Lumpur', () => {
        // Facilitation builds trust in the mediator; trust between the sides moves only on
        // verified compliance (world.ts), never on words alone.
        for (const s of ['th', 'kh'] as const) nudge(g, s, 'trustMediator', 0.05);
        g.intensity = clamp(g.intensity - 0.04);
        g.aseanCredibility = clamp(g.aseanCredibility + 0.02);
      });
      return;
    case 'shuttle':
      track(`You listened to ${level.sides[action.side].name} in ${level.sides[action.side].capital}`, () => {
        nudge(g, action.side, 'trustMediator', 0.07);
        nudge(g, action.side, 'pressure', -0.04);
        nudgeSigned(g, action.side, 'bias', 0.05);
        nudgeSigned(g, otherSide(action.side), 'bias', -0.03);
      });
      return;
    case 'hotline':
      track('A military hotline now links the commanders', () => {
        g.measures.hotline = true;
        g.intensity = clamp(g.intensity - 0.03);
      });
      return;
    case 'ask_priorities':
      g.prioritiesKnown = true;
      return;
    case 'advise': {
      const s = g.sides[action.side];
      const p = sigmoid(KYDD.a * s.bias + KYDD.b * s.trustMediator - KYDD.c);
      const believed = draws.chance(p);
      const why = s.bias < 0 ? 'it sees you as leaning against it' : s.trustMediator < 0.5 ? 'it does not trust you enough yet' : 'it chose not to believe you this time';
      track(believed ? `${level.sides[action.side].name} believed your counsel` : `${level.sides[action.side].name} dismissed your counsel: ${why}`, () => {
        s.adviceBelieved = believed;
        if (!believed) nudge(g, action.side, 'trustMediator', -0.02);
      });
      return;
    }
    case 'us_tariff_threat':
    case 'us_incentive': {
      const isPublic = action.type === 'us_tariff_threat';
      track(isPublic ? 'The United States threatened tariffs in public' : 'The United States offered trade incentives in private', () =>
        applyLeverage(level, g, isPublic ? 0.6 : 0.3, isPublic),
      );
      return;
    }
    case 'aid_package':
      track('ASEAN funded relief for displaced families', () => {
        for (const s of ['th', 'kh'] as const) {
          nudge(g, s, 'pain', -0.05);
          nudge(g, s, 'pressure', -0.04);
        }
        g.aseanCredibility = clamp(g.aseanCredibility + 0.05);
        g.intensity = clamp(g.intensity - 0.02);
      });
      return;
    case 'deploy_observers':
      track('Interim observers deployed along the line', () => {
        g.measures.observers = true;
        g.intensity = clamp(g.intensity - 0.05);
        g.aseanCredibility = clamp(g.aseanCredibility + 0.03);
      });
      return;
    case 'demining_teams':
      track('Humanitarian demining teams began clearing routes', () => {
        g.measures.deminingTeams = true;
      });
      return;
    case 'corridors':
      track('Humanitarian corridors opened', () => {
        g.measures.corridors = true;
        for (const s of ['th', 'kh'] as const) nudge(g, s, 'pain', -0.03);
      });
      return;
    case 'consult':
      if (!g.consulted.includes(action.side)) g.consulted.push(action.side);
      return;
    case 'statement': {
      const name = level.sides[action.side].name;
      const praise = action.tone === 'praise';
      track(praise ? `You praised ${name} in public` : `You blamed ${name} in public`, () => {
        nudgeSigned(g, action.side, 'bias', praise ? 0.15 : -0.2);
        nudgeSigned(g, otherSide(action.side), 'bias', praise ? -0.1 : 0.1);
        nudge(g, action.side, 'trustMediator', praise ? 0.03 : -0.08);
        if (!praise) nudge(g, action.side, 'pressure', 0.04);
      });
      return;
    }
  }
}
