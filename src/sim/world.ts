// The world moves at the end of each round: incidents, fighting, pain, demining, returns, verified
// trust, leverage that lapses, and the ceasefire's state (none → agreed → holding → formalised, or
// → violated → collapsed).

import { SIDES, type Level } from './level';
import type { CeasefireState, GameState, IncidentEvent, MeterChange } from './state';
import type { Draws } from './rng';
import { drawIncidents } from './incidents';
import { ceasefireInForce, deminingRate, returnRate, verified } from './terms';
import { clamp } from './math';
import { tracked } from './meters';
import { nudge } from './side-effects';

/** Design constants of the world's movement. */
export const WORLD = {
  /** Intensity drift per round without a ceasefire, plus a share of average pressure above 0.5. */
  drift: 0.03,
  pressureDrift: 0.06,
  /** Share of intensity left each round a ceasefire is in force. */
  ceasefireCalm: 0.5,
  /** How fast pain follows harm, trust follows verified compliance, pressure eases. */
  painRate: 0.3,
  trustRate: 0.25,
  pressureEase: 0.08,
  /** Share of the trust rate that applies while no ceasefire is in force. */
  trustWithoutCeasefire: 0.4,
  /** Pressure above which a violated ceasefire collapses. */
  collapsePressure: 0.9,
} as const;

/** Moves the world by one round on a draft; returns the round's incidents and the ceasefire change. */
export function moveWorld(level: Level, g: GameState, draws: Draws, changes: MeterChange[] | null): { incidents: IncidentEvent[]; from: CeasefireState; cause?: string } {
  const from = g.ceasefire;
  const incidents = drawIncidents(level, g, draws, changes);
  const track = (cause: string, fn: () => void) => tracked(g, changes, cause, fn);

  if (ceasefireInForce(g.ceasefire)) {
    track('The ceasefire quietened the front', () => {
      g.intensity = clamp(g.intensity * WORLD.ceasefireCalm);
    });
  } else {
    track('Fighting went on along the border', () => {
      const full = level.world;
      g.livesLost += Math.round(g.intensity * full.deathsAtFullIntensity);
      g.displaced += Math.round(g.intensity * full.displacedAtFullIntensity);
      const avgPressure = (g.sides.th.pressure + g.sides.kh.pressure) / 2;
      g.intensity = clamp(g.intensity + WORLD.drift + WORLD.pressureDrift * (avgPressure - 0.5));
    });
  }

  const hit = (side: string) => incidents.filter((i) => i.victim === side).length;
  for (const side of SIDES) {
    g.sides[side].pain = clamp(g.sides[side].pain + WORLD.painRate * (clamp(g.intensity + 0.1 * hit(side)) - g.sides[side].pain));
  }

  const demine = deminingRate(level, g);
  if (demine > 0) track('Deminers cleared more ground', () => { g.minesCleared = clamp(g.minesCleared + demine * (1 - g.minesCleared)); });
  const returns = returnRate(level, g);
  if (returns > 0 && g.displaced > 0) track('Displaced families went home', () => { g.displaced = Math.round(g.displaced * (1 - returns)); });

  if (verified(level, g)) {
    // With no ceasefire to keep, a quiet report says less: trust moves at a fraction of the rate.
    const rate = WORLD.trustRate * (ceasefireInForce(g.ceasefire) ? 1 : WORLD.trustWithoutCeasefire);
    track('Observers reported on compliance', () => {
      for (const side of SIDES) {
        const compliance = 1 - Math.min(1, 0.5 * hit(side));
        nudge(g, side, 'trustOther', rate * (compliance - g.sides[side].trustOther));
      }
    });
  }

  track('Tempers cooled a little', () => {
    for (const side of SIDES) {
      const base = clamp(level.sides[side].start.pressure + level.difficulty[g.difficulty].pressure);
      if (g.sides[side].pressure > base) nudge(g, side, 'pressure', -WORLD.pressureEase * (g.sides[side].pressure - base));
    }
  });

  if (g.sides.th.leverage > 0 || g.sides.kh.leverage > 0) {
    track('United States pressure ran on', () => {
      g.leverageLeft = Math.max(0, g.leverageLeft - 1);
      if (g.leverageLeft === 0) for (const side of SIDES) g.sides[side].leverage = 0;
    });
  }

  const cause = stepCeasefire(level, g, incidents, level.verificationRounds);
  return cause ? { incidents, from, cause } : { incidents, from };
}

/** The ceasefire's transition for this round; returns why it broke down, when it did. */
function stepCeasefire(level: Level, g: GameState, incidents: IncidentEvent[], verificationRounds: number): string | undefined {
  const violations = incidents.filter((i) => i.violation).length;
  const maxPressure = Math.max(g.sides.th.pressure, g.sides.kh.pressure);
  switch (g.ceasefire) {
    case 'agreed':
      g.ceasefire = violations > 0 ? 'violated' : 'holding';
      if (violations === 0) g.heldRounds = 1;
      break;
    case 'holding':
      if (violations > 0) g.ceasefire = 'violated';
      else if (++g.heldRounds >= verificationRounds) g.ceasefire = 'formalised';
      break;
    case 'violated': {
      if (violations > 0) {
        g.ceasefire = 'collapsed';
        return 'A second violation in a row broke the ceasefire.';
      }
      if (maxPressure > WORLD.collapsePressure) {
        g.ceasefire = 'collapsed';
        const angry = SIDES.reduce((a, b) => (g.sides[a].pressure >= g.sides[b].pressure ? a : b));
        return `${level.sides[angry].name}'s public pressure (${Math.round(100 * g.sides[angry].pressure)}%) was too high to keep a violated ceasefire: its government suspended it.`;
      }
      g.ceasefire = 'holding';
      break;
    }
    case 'formalised':
      if (violations > 0) g.ceasefire = 'violated';
      break;
    default:
      break;
  }
  return undefined;
}
