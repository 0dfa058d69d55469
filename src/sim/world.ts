// The world moves at the end of each round: incidents, fighting, pain, demining, returns, verified
// trust, leverage that lapses, and the ceasefire's state (none → agreed → holding → formalised, or
// → violated → collapsed).

import { SIDES, type Level } from './level';
import type { CeasefireState, GameState, IncidentEvent, MeterChange } from './state';
import type { Draws } from './rng';
import { drawIncidents } from './incidents';
import { accordEffects, ceasefireInForce, deminingRate, returnRate, verified } from './terms';
import { clamp } from './math';
import { markMeters } from './meters';
import { nudge } from './side-effects';
import { msg, type Msg } from './message';

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
export function moveWorld(level: Level, g: GameState, draws: Draws, changes: MeterChange[] | null): { incidents: IncidentEvent[]; from: CeasefireState; cause?: Msg } {
  const from = g.ceasefire;
  // Whether outside pressure was still on as this round began (read before it can lapse below).
  const pressureOn = g.leverageLeft > 0;
  // The terms in force, read once: nothing before the ceasefire's step changes the accord or the ceasefire.
  const effects = accordEffects(level, g);
  const incidents = drawIncidents(level, g, draws, changes, effects);
  // Each step marks the meters, moves them, then records the changes with their cause; in a
  // headless run (`changes` null) the mark is null and neither it nor the message is built.
  let mark = markMeters(g, changes);
  if (ceasefireInForce(g.ceasefire)) {
    g.intensity = clamp(g.intensity * WORLD.ceasefireCalm);
    mark?.record(msg('sim.cause.ceasefireCalm'));
  } else {
    const full = level.world;
    g.livesLost += Math.round(g.intensity * full.deathsAtFullIntensity);
    g.displaced += Math.round(g.intensity * full.displacedAtFullIntensity);
    const avgPressure = (g.sides.th.pressure + g.sides.kh.pressure) / 2;
    g.intensity = clamp(g.intensity + WORLD.drift + WORLD.pressureDrift * (avgPressure - 0.5));
    mark?.record(msg('sim.cause.fighting'));
  }

  // Incidents each side suffered this round.
  let hitTh = 0;
  let hitKh = 0;
  for (const i of incidents) {
    if (i.victim === 'th') hitTh++;
    else if (i.victim === 'kh') hitKh++;
  }
  for (const side of SIDES) {
    const hit = side === 'th' ? hitTh : hitKh;
    g.sides[side].pain = clamp(g.sides[side].pain + WORLD.painRate * (clamp(g.intensity + 0.1 * hit) - g.sides[side].pain));
  }

  const demine = deminingRate(level, g, effects);
  if (demine > 0) {
    mark = markMeters(g, changes);
    g.minesCleared = clamp(g.minesCleared + demine * (1 - g.minesCleared));
    mark?.record(msg('sim.cause.deminersCleared'));
  }
  const returns = returnRate(level, g, effects);
  if (returns > 0 && g.displaced > 0) {
    mark = markMeters(g, changes);
    g.displaced = Math.round(g.displaced * (1 - returns));
    mark?.record(msg('sim.cause.returns'));
  }

  if (verified(level, g, effects)) {
    // With no ceasefire to keep, a quiet report says less: trust moves at a fraction of the rate.
    const rate = WORLD.trustRate * (ceasefireInForce(g.ceasefire) ? 1 : WORLD.trustWithoutCeasefire);
    mark = markMeters(g, changes);
    for (const side of SIDES) {
      const compliance = 1 - Math.min(1, 0.5 * (side === 'th' ? hitTh : hitKh));
      nudge(g, side, 'trustOther', rate * (compliance - g.sides[side].trustOther));
    }
    mark?.record(msg('sim.cause.observerReports'));
  }

  mark = markMeters(g, changes);
  const ease = level.difficulty[g.difficulty].pressure;
  for (const side of SIDES) {
    const base = clamp(level.sides[side].start.pressure + ease);
    if (g.sides[side].pressure > base) nudge(g, side, 'pressure', -WORLD.pressureEase * (g.sides[side].pressure - base));
  }
  mark?.record(msg('sim.cause.tempersCooled'));

  if (g.sides.th.leverage > 0 || g.sides.kh.leverage > 0) {
    mark = markMeters(g, changes);
    g.leverageLeft = Math.max(0, g.leverageLeft - 1);
    if (g.leverageLeft === 0) for (const side of SIDES) g.sides[side].leverage = 0;
    mark?.record(msg('sim.cause.usPressure'));
  }

  const cause = stepCeasefire(level, g, incidents, level.verificationRounds, pressureOn);
  return cause ? { incidents, from, cause } : { incidents, from };
}

/**
 * The ceasefire's transition for this round; returns why it broke down, when it did. A ceasefire
 * that United States pressure bought is formalised only after it has also held one whole round with
 * that pressure gone (Beardsley 2008: leverage leaves a deal less durable as the mediator's
 * influence wanes, so holding under the stick proves little).
 */
function stepCeasefire(level: Level, g: GameState, incidents: IncidentEvent[], verificationRounds: number, pressureOn: boolean): Msg | undefined {
  const bought = g.accordLeverage > 0 && pressureOn;
  let violations = 0;
  for (const i of incidents) if (i.violation) violations++;
  const maxPressure = Math.max(g.sides.th.pressure, g.sides.kh.pressure);
  switch (g.ceasefire) {
    case 'agreed':
      g.ceasefire = violations > 0 ? 'violated' : 'holding';
      if (violations === 0) g.heldRounds = 1;
      break;
    case 'holding':
      if (violations > 0) g.ceasefire = 'violated';
      else if (++g.heldRounds >= verificationRounds && !bought) g.ceasefire = 'formalised';
      break;
    case 'violated': {
      if (violations > 0) {
        g.ceasefire = 'collapsed';
        return msg('sim.ceasefire.secondViolation');
      }
      if (maxPressure > WORLD.collapsePressure) {
        g.ceasefire = 'collapsed';
        const angry = SIDES.reduce((a, b) => (g.sides[a].pressure >= g.sides[b].pressure ? a : b));
        return msg('sim.ceasefire.suspended', { side: angry, pressurePct: g.sides[angry].pressure });
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
