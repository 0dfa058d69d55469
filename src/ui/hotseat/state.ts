// Hot-seat play's small piece of UI state: who plays each delegation (the model or a team in the
// room), the package waiting for a team's answer while the device is passed around, and the
// reasons the teams gave (display only: the sim keeps just their verdicts and counter-offers).

import type { SideId } from '../../sim/level';
import type { HumanAnswer, Proposal } from '../../sim/state';
import type { TeamNotes } from '../../platform/export';

/** Who answers for a delegation. */
export type Player = 'ai' | 'team';

/** The choices on a team's answer screen. */
export type TeamVerdict = 'accept' | 'reject' | 'counter';

/** Where the pass-the-device sequence stands. */
export type Stage =
  | { kind: 'handover'; side: SideId }
  /**
   * A team's private screen. What the team has picked so far is kept here, so a redraw (a change of
   * language, say) does not lose it: its verdict and, for a counter-offer, the terms it has chosen.
   */
  | { kind: 'answer'; side: SideId; verdict?: TeamVerdict; counter?: Proposal }
  | { kind: 'return' };

/** A package tabled by the mediator and waiting for the teams' answers. */
export interface Pending {
  proposal: Proposal;
  /** The round and the log length when it was tabled, so a stale draft is never sent. */
  round: number;
  logLength: number;
  stage: Stage;
  answers: Partial<Record<SideId, HumanAnswer>>;
}

/** The whole hot-seat state of this page. */
export interface HotseatState {
  players: Record<SideId, Player>;
  pending: Pending | null;
  notes: TeamNotes;
}

/** Reads `?team=th`, `?team=kh` or `?team=th,kh` so a workshop can share a link. */
function fromUrl(search: string): Record<SideId, Player> {
  const teams = (new URLSearchParams(search).get('team') ?? '').split(',');
  return { th: teams.includes('th') ? 'team' : 'ai', kh: teams.includes('kh') ? 'team' : 'ai' };
}

/** The page's hot-seat state (one game at a time per page). */
export const hotseat: HotseatState = {
  players: fromUrl(typeof location === 'undefined' ? '' : location.search),
  pending: null,
  notes: {},
};

/** The sides played by a team, in table order (Thailand first). */
export function teamSides(): SideId[] {
  return (['th', 'kh'] as const).filter((s) => hotseat.players[s] === 'team');
}

/** Forgets any pending package and the teams' reasons (a new game begins). */
export function resetHotseat(): void {
  hotseat.pending = null;
  hotseat.notes = {};
}
