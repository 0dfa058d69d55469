// Which moves the class vote offers, without any page: the levers the sim would accept now (each
// with the side it goes to), then tabling the package when a package could be tabled, then ending
// the round. A vote always has at least two moves; when ending the round is the only move left,
// the list is empty and the panel says so in a sentence instead.

import { ACTIONS, type ActionFamily, type ActionInfo } from '../../sim/catalog';
import { SIDES, type Level, type SideId } from '../../sim/level';
import type { GameState, MediatorAction, Proposal } from '../../sim/state';
import { refuse } from '../../sim/game';
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

/** The ways a lever could be used for the class, in order of preference. */
function tries(game: GameState, a: ActionInfo): LeverAction[] {
  const sides = leastTrustFirst(game);
  const type = a.type;
  switch (type) {
    case 'shuttle':
    case 'advise':
    case 'consult':
      return sides.map((side) => ({ type, side }));
    case 'statement':
      return sides.map((side) => ({ type, side, tone: 'praise' as const }));
    default:
      return a.targeted ? [] : [{ type } as LeverAction];
  }
}

/** The first way of using a lever that the sim accepts now, or null when it cannot be used. */
function usableAction(level: Level, game: GameState, a: ActionInfo): LeverAction | null {
  return tries(game, a).find((action) => refuse(level, game, action as MediatorAction) === null) ?? null;
}

/** Every lever the sim would accept now, dealt one family at a time so neighbours differ. */
export function leverPool(level: Level, game: GameState): Array<Extract<VoteMove, { kind: 'lever' }>> {
  const lists = FAMILY_ORDER.map((f) => ACTIONS.filter((a) => a.family === f).flatMap((info) => {
    const action = usableAction(level, game, info);
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

/** A package with a term for every issue, to ask the sim whether tabling is possible at all now. */
function anyPackage(level: Level): Proposal {
  return Object.fromEntries(level.issues.map((i) => [i.id, i.options[0]?.id ?? '']));
}

/**
 * Whether a package can be tabled now (once terms are chosen): not yet this round, no accord yet,
 * offered and unlocked, and the capital to pay for it.
 */
export function canTable(level: Level, game: GameState): boolean {
  if (game.accord || game.tabled || game.usedThisRound.includes('propose')) return false;
  return refuse(level, game, { type: 'propose', proposal: anyPackage(level) }) === null;
}

/** Whether the draft names a valid term for every issue. */
export function draftComplete(level: Level, draft: Proposal): boolean {
  return level.issues.every((i) => i.options.some((o) => o.id === draft[i.id]));
}

/** How many levers fit beside tabling and ending the round. */
export function leverRoom(level: Level, game: GameState): number {
  return MAX_MOVES - 1 - (canTable(level, game) ? 1 : 0);
}

/**
 * The moves on screen: levers from the pool (starting `offset` places in, for "Other options"),
 * then tabling when possible, then ending the round. Empty when ending the round is the only move
 * left, so the panel can say so instead of holding a one-option vote.
 */
export function voteMoves(level: Level, game: GameState, offset = 0): VoteMove[] {
  const pool = leverPool(level, game);
  const table = canTable(level, game);
  if (pool.length === 0 && !table) return [];
  const start = pool.length > 0 ? ((offset % pool.length) + pool.length) % pool.length : 0;
  const levers = [...pool.slice(start), ...pool.slice(0, start)].slice(0, leverRoom(level, game));
  return [...levers, ...(table ? [{ kind: 'table' as const }] : []), { kind: 'end' as const }];
}
