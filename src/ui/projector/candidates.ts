// Which moves the class vote offers, without any page, read from the sim's `legalMoves`: the open
// levers (each with the side it goes to), then tabling the package when a package could be tabled, then ending
// the round. A vote always has at least two moves; when ending the round is the only move left,
// the list is empty and the panel says so in a sentence instead.

import { ACTIONS, type ActionFamily, type ActionInfo } from '../../sim/catalog';
import { SIDES, type Level, type SideId } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { legalMoves, type LegalMove } from '../../sim/legal-moves';
import type { RoundEvent } from '../../machines/events';

/** A lever's event, as the acting screen sends it. */
export type LeverAction = Extract<RoundEvent, { type: 'ACT' }>['action'];

/** One move the class can vote for (the panel gives it a letter, a label and a line of detail). */
export type VoteMove =
  | { kind: 'lever'; info: ActionInfo; action: LeverAction }
  | { kind: 'table' }
  | { kind: 'end' };

/** At most this many moves are lettered at once (A–D). */
export const MAX_MOVES = 4;

/** Families in the order their levers are dealt into the vote, so neighbouring moves differ. */
const FAMILY_ORDER: readonly ActionFamily[] = ['facilitation', 'verification', 'leverage', 'formulation', 'public'];

/** Both sides, the one that trusts the envoy least first (Thailand first on a tie). */
function leastTrustFirst(game: GameState): SideId[] {
  return [...SIDES].sort((a, b) => game.sides[a].trustMediator - game.sides[b].trustMediator);
}

type LeverMove = Extract<LegalMove, { kind: 'lever' }>;

/**
 * The way of using a lever the class is offered, among the open moves the sim lists: aimed at the
 * side that trusts the envoy least (statements as praise), or null when none is open.
 */
function usableAction(game: GameState, open: readonly LeverMove[]): LeverAction | null {
  const usable = open.filter((m) => m.tone !== 'blame');
  const order = leastTrustFirst(game);
  const rank = (m: LeverMove) => (m.side ? order.indexOf(m.side) : 0);
  const best = [...usable].sort((a, b) => rank(a) - rank(b))[0];
  return best ? (best.action as LeverAction) : null;
}

/** Every lever the sim would accept now, dealt one family at a time so neighbours differ. */
export function leverPool(level: Level, game: GameState, moves: readonly LegalMove[] = legalMoves(level, game)): Array<Extract<VoteMove, { kind: 'lever' }>> {
  const open = moves.filter((m): m is LeverMove => m.kind === 'lever' && m.refusal === null);
  const lists = FAMILY_ORDER.map((f) => ACTIONS.filter((a) => a.family === f).flatMap((info) => {
    const action = usableAction(game, open.filter((m) => m.type === info.type));
    return action ? [{ kind: 'lever' as const, info, action }] : [];
  }));
  const pool: Array<Extract<VoteMove, { kind: 'lever' }>> = [];
  for (let i = 0; lists.some((l) => l.length > i); i++) {
    for (const l of lists) {
      const item = l[i];
      if (item) pool.push(item);
    }
  }
  return pool;
}

/**
 * Whether a package can be tabled now (once terms are chosen): the sim's tabling move is open
 * (offered and unlocked, not tabled yet this round, no accord yet, the capital to pay for it).
 */
export function canTable(level: Level, game: GameState, moves: readonly LegalMove[] = legalMoves(level, game)): boolean {
  return moves.some((m) => m.kind === 'propose' && m.refusal === null);
}

/** How many levers fit beside tabling and ending the round. */
export function leverRoom(level: Level, game: GameState, moves: readonly LegalMove[] = legalMoves(level, game)): number {
  return MAX_MOVES - 1 - (canTable(level, game, moves) ? 1 : 0);
}

/**
 * The moves on screen: levers from the pool (starting `offset` places in, for "Other options"),
 * then tabling when possible, then ending the round. Empty when ending the round is the only move
 * left, so the panel can say so instead of holding a one-option vote.
 */
export function voteMoves(level: Level, game: GameState, offset = 0, moves: readonly LegalMove[] = legalMoves(level, game)): VoteMove[] {
  const pool = leverPool(level, game, moves);
  const table = canTable(level, game, moves);
  if (pool.length === 0 && !table) return [];
  const start = pool.length > 0 ? ((offset % pool.length) + pool.length) % pool.length : 0;
  const levers = [...pool.slice(start), ...pool.slice(0, start)].slice(0, leverRoom(level, game, moves));
  return [...levers, ...(table ? [{ kind: 'table' as const }] : []), { kind: 'end' as const }];
}
