// A delegation's own score of a finished game, in parts a debrief can explain: what its government
// got (its utility of the accord against its walk-away point), whether its public ratifies it,
// lives lost on both sides, and whether the peace holds. A seat that wins its demands and gets a
// war loses: a game lost to war, collapse or a walk-out caps the seat's points as it caps the envoy's.

import type { Level, SideId } from '../level';
import type { GameState, Outcome, Proposal } from '../state';
import { readSide } from '../negotiation/model';
import { homeUtility, tableUtility } from '../negotiation/utility';
import { baselineLives } from '../baseline';
import { ceasefireInForce } from '../terms';
import { otherSide } from '../side-effects';
import { clamp } from '../math';
import { LOSS_CAP } from '../scoring';

/** Points for each part of a seat's score (they sum to 100). */
export const SEAT_WEIGHTS = { deal: 35, ratification: 15, lives: 25, peace: 25 } as const;

/** A part of the seat's score. */
export type SeatPart = keyof typeof SEAT_WEIGHTS;

/** A delegation's score, with every number its debrief explains. */
export interface SeatScore {
  seat: SideId;
  /** False while the game goes on (the parts then say how it stands now). */
  finished: boolean;
  outcome: Pick<Outcome, 'kind' | 'reason'> | null;
  accord: Proposal | null;
  /** Its government's utility of the accord at the table, or null with no accord. */
  utility: number | null;
  /** Its base walk-away point (the utility of no deal). */
  reservation: number;
  /** Utility of the accord for its public, and the threshold the public must clear now. */
  domestic: number | null;
  ratificationThreshold: number;
  /** Whether its public ratifies the accord (false with no accord). */
  ratified: boolean;
  lives: {
    /** Every life lost since the scenario began (including those before it). */
    total: number;
    /** Lost in this game: in incidents its side suffered, in those the other side suffered, and in the fighting. */
    own: number;
    other: number;
    fighting: number;
    /** Lives lost by the deadline had nobody mediated (the same seed). */
    baseline: number;
  };
  /** The ceasefire's state at the end, and whether the peace holds (in force, and no war, collapse or walk-out). */
  ceasefire: GameState['ceasefire'];
  peaceHolds: boolean;
  /** Each part in 0..1, and in points (rounded to sum to `points`). */
  shares: Record<SeatPart, number>;
  parts: Record<SeatPart, number>;
  points: number;
  verdict: 'win' | 'partial' | 'loss';
}

/** Lives lost in incidents by victim over the game's rounds. */
function incidentDeaths(g: GameState): Record<SideId, number> {
  const out: Record<SideId, number> = { th: 0, kh: 0 };
  for (const r of g.reports) for (const i of r.incidents) out[i.victim] += i.deaths;
  return out;
}

/** Rounds parts to whole points that add up to the rounded total (largest remainders first). */
function wholeParts(exact: Record<SeatPart, number>): { parts: Record<SeatPart, number>; total: number } {
  const keys = Object.keys(exact) as SeatPart[];
  const total = Math.round(keys.reduce((a, k) => a + exact[k], 0));
  const parts = Object.fromEntries(keys.map((k) => [k, Math.floor(exact[k])])) as Record<SeatPart, number>;
  let spare = total - keys.reduce((a, k) => a + parts[k], 0);
  const order = keys.slice().sort((a, b) => exact[b] - Math.floor(exact[b]) - (exact[a] - Math.floor(exact[a])));
  for (const k of order) {
    if (spare <= 0) break;
    parts[k] += 1;
    spare -= 1;
  }
  return { parts, total };
}

/**
 * The seat's score of `game` (finished or not; a debrief reads it once the outcome is set).
 * `baseline` is the lives lost with no mediator on the same seed, computed when not given.
 */
export function seatScore(level: Level, game: GameState, side: SideId, baseline = baselineLives(level, game.seed, game.difficulty)): SeatScore {
  const accord = game.accord;
  const reservation = game.sides[side].prefs?.rv0 ?? level.sides[side].rv0;
  const ratificationThreshold = readSide(level, game, side).ratification;
  const utility = accord ? tableUtility(level, accord, side, game) : null;
  const domestic = accord ? homeUtility(level, accord, side, game) : null;
  const ratified = domestic !== null && domestic >= ratificationThreshold;
  const deaths = incidentDeaths(game);
  const start = level.world.livesLost;
  const inGame = Math.max(0, game.livesLost - start);
  const lostToWar = game.outcome?.kind === 'loss' && game.outcome.reason !== 'deadline';
  const peaceHolds = ceasefireInForce(game.ceasefire) && game.ceasefire !== 'violated' && !lostToWar;
  const extra = Math.max(0, baseline - start);
  const shares: Record<SeatPart, number> = {
    // What it got over walking away, as a share of the most it could have got over walking away.
    deal: utility === null ? 0 : clamp((utility - reservation) / Math.max(1e-9, 1 - reservation)),
    ratification: ratified ? 1 : 0,
    lives: extra > 0 ? clamp((extra - inGame) / extra) : inGame === 0 ? 1 : 0,
    peace: !peaceHolds ? 0 : game.ceasefire === 'formalised' ? 1 : 0.6,
  };
  const exact = Object.fromEntries((Object.keys(SEAT_WEIGHTS) as SeatPart[]).map((k) => [k, SEAT_WEIGHTS[k] * shares[k]])) as Record<SeatPart, number>;
  const { parts, total } = wholeParts(exact);
  const lost = lostToWar || game.outcome?.kind === 'loss';
  const points = lost ? Math.min(total, LOSS_CAP) : total;
  const won = !lost && peaceHolds && ratified && utility !== null && utility >= reservation && game.outcome?.kind === 'win';
  return {
    seat: side, finished: game.outcome !== null,
    outcome: game.outcome ? { kind: game.outcome.kind, reason: game.outcome.reason } : null,
    accord: accord ? { ...accord } : null, utility, reservation, domestic, ratificationThreshold, ratified,
    lives: { total: game.livesLost, own: deaths[side], other: deaths[otherSide(side)], fighting: Math.max(0, inGame - deaths.th - deaths.kh), baseline },
    ceasefire: game.ceasefire, peaceHolds, shares, parts, points,
    verdict: won ? 'win' : lost ? 'loss' : 'partial',
  };
}
