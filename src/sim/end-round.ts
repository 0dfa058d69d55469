// Ending a round: the world moves, the round report is written, and the check decides whether the
// scenario is won (accord verified), partly won (deadline with a ceasefire), or lost (open war,
// collapse, walk-out, or the deadline with no ceasefire). Otherwise the next round begins.

import { SIDES, type Level } from './level';
import type { GameState, Outcome, RoundReport } from './state';
import type { Draws } from './rng';
import { moveWorld } from './world';
import { ceasefireInForce } from './terms';
import { scoreGame } from './scoring';
import { baselineLives } from './baseline';

/** Why the game ends now, or null when it goes on. */
export function checkEnd(level: Level, g: GameState): { kind: Outcome['kind']; reason: Outcome['reason'] } | null {
  // Both sides spelled out rather than SIDES.some(…): this runs every round of every headless game.
  const th = g.sides.th;
  const kh = g.sides.kh;
  if (th.walkedOut || th.trustMediator < level.sides.th.walkout || kh.walkedOut || kh.trustMediator < level.sides.kh.walkout) return { kind: 'loss', reason: 'walkout' };
  if (g.intensity >= 1) return { kind: 'loss', reason: 'war' };
  if (g.accord && g.ceasefire === 'collapsed') return { kind: 'loss', reason: 'collapse' };
  if (g.ceasefire === 'formalised') return { kind: 'win', reason: 'formalised' };
  if (g.round >= g.maxRounds) return ceasefireInForce(g.ceasefire) ? { kind: 'partial', reason: 'deadline' } : { kind: 'loss', reason: 'deadline' };
  return null;
}

/** Ends the round on a draft state. */
export function endRound(level: Level, g: GameState, draws: Draws, record = true): void {
  const changes = record ? [...g.roundChanges] : null;
  const signed = g.accord !== null && g.ceasefire === 'agreed';
  const moved = moveWorld(level, g, draws, changes);
  const { from, cause } = moved;
  const incidents = g.injected ? [...g.injected, ...moved.incidents] : moved.incidents;
  delete g.injected;
  g.peakDisplaced = Math.max(g.peakDisplaced, g.displaced);
  const report: RoundReport = {
    round: g.round, actions: g.usedThisRound.slice(), answers: g.answers, incidents, changes: changes ?? [],
    ceasefire: cause ? { from, to: g.ceasefire, cause } : { from, to: g.ceasefire }, signed,
  };
  if (g.tabled) report.tabled = g.tabled;
  g.reports.push(report);
  if (incidents.length) g.cues.push(incidents.some((i) => i.deaths > 0) ? 'explosion' : 'incident');
  const end = checkEnd(level, g);
  if (end) {
    g.outcome = scoreGame(level, g, end.kind, end.reason, baselineLives(level, g.seed, g.difficulty), g.peakDisplaced);
    g.cues.push(end.kind === 'loss' ? 'loss' : 'win');
    return;
  }
  g.round += 1;
  g.capital = level.capitalPerRound;
  g.usedThisRound = [];
  g.consulted = [];
  g.tabled = null;
  g.answers = [];
  g.roundChanges = [];
  for (const s of SIDES) g.sides[s].adviceBelieved = false;
  g.cues.push('round');
}
