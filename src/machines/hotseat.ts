// Hot-seat play's data, kept in the round machine's context: who answers for each delegation (the
// model or a team in the room), the package the envoy tabled while the device goes round the
// teams, their answers so far, and the reasons they gave (display and export only: the sim keeps
// just their verdicts and counter-offers). Like boardgame.io's "every player once" stage.

import { SIDES, type SideId } from '../sim/level';
import type { HumanAnswer, Proposal } from '../sim/state';

/** Who answers for a delegation. */
export type Player = 'ai' | 'team';

/** Each team's reason for its answer, by the index in the log of the package it answered. */
export type TeamNotes = Record<number, Partial<Record<SideId, string>>>;

/** A tabled package waiting for the teams' answers. */
export interface HeldPackage {
  proposal: Proposal;
  /** The team whose turn it is (to take the device, or answering). */
  side: SideId;
  answers: Partial<Record<SideId, HumanAnswer>>;
}

/** Reads `?team=th`, `?team=kh` or `?team=th,kh`, so a workshop can share a link. */
export function playersFromQuery(search: string): Record<SideId, Player> {
  const teams = (new URLSearchParams(search).get('team') ?? '').split(',');
  return { th: teams.includes('th') ? 'team' : 'ai', kh: teams.includes('kh') ? 'team' : 'ai' };
}

/** The sides played by a team, in table order (Thailand first). */
export function teamSides(players: Readonly<Record<SideId, Player>>): SideId[] {
  return SIDES.filter((s) => players[s] === 'team');
}

/** The next team that has not answered yet, or null when all have. */
export function nextTeam(teams: readonly SideId[], held: HeldPackage): SideId | null {
  return teams.find((s) => held.answers[s] === undefined) ?? null;
}
