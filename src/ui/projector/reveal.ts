// The delegations' hidden information, revealed at the end: for every round, what each side would
// have settled for (its reservation value), what it needed before accepting (its target), what its
// public would ratify, and what the package tabled that round was worth to it. Rebuilt by
// replaying the decision log from the seed, so nothing secret is ever kept in the view during play.

import { SIDES, type IssueId, type Level, type SideId } from '../../sim/level';
import type { Answer, GameState } from '../../sim/state';
import { createGame, step } from '../../sim/game';
import { readSide } from '../../sim/negotiation/model';

/** One side's private reading at the start of a round, and its view of the package tabled in it. */
export interface SideThinking {
  /** Walk-away floor: the worst deal it would still take at the end of the scenario (0..1). */
  rv: number;
  /** What a package had to be worth to it in this round before it would accept (0..1). */
  target: number;
  /** The share of its public's wishes a deal had to meet to be ratified at home (0..1). */
  ratification: number;
  /** How ready it was to settle (hurting stalemate, leverage and trust combined; 0..1). */
  readiness: number;
  /** The package tabled this round, as this side valued it, and how it answered. */
  offer: { utility: number; domestic: number; verdict: Answer['verdict']; byTeam: boolean } | null;
}

/** What both delegations were thinking in one round. */
export interface RoundThinking {
  round: number;
  sides: Record<SideId, SideThinking>;
}

/** A side's issues from most to least important at the table, with their share of its weight. */
export function priorities(level: Level, side: SideId): { issue: IssueId; label: string; share: number }[] {
  const w = level.sides[side].weights;
  const total = level.issues.reduce((s, i) => s + (w[i.id] ?? 0), 0) || 1;
  return level.issues
    .map((i) => ({ issue: i.id, label: i.label, share: (w[i.id] ?? 0) / total }))
    .sort((a, b) => b.share - a.share);
}

/** Replays the game's log and reads both delegations at the start of every round played. */
export function revealThinking(level: Level, game: GameState): RoundThinking[] {
  let g = createGame(level, { seed: game.seed, difficulty: game.difficulty });
  const out: RoundThinking[] = [];
  let current: RoundThinking | null = null;
  for (const action of game.log) {
    if (!current) {
      const read = (side: SideId): SideThinking => {
        const r = readSide(level, g, side);
        return { rv: r.rv, target: r.target, ratification: r.ratification, readiness: r.readiness, offer: null };
      };
      current = { round: g.round, sides: { th: read('th'), kh: read('kh') } };
      out.push(current);
    }
    g = step(level, g, action).state;
    if (action.type === 'propose') {
      for (const side of SIDES) {
        const a = g.answers.find((x) => x.side === side);
        if (a) current.sides[side].offer = { utility: a.reason.utility, domestic: a.reason.domestic, verdict: a.verdict, byTeam: a.reason.kind === 'human' };
      }
    }
    if (action.type === 'end_round') current = null;
  }
  return out;
}
