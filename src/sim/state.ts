// The game's state as plain JSON: everything a save, a resume code or a replay needs, including
// the random generator's state. Nothing here holds functions, classes or references to the level.

import type { Difficulty, IssueId, SideId } from './level';
import type { Msg } from './message';

/** A package of terms: one option id per open issue. */
export type Proposal = Partial<Record<IssueId, string>>;

/** The ceasefire's state (GAME.md, "The loop", step 4). */
export type CeasefireState = 'none' | 'agreed' | 'holding' | 'formalised' | 'violated' | 'collapsed';

/** One delegation's private numbers for one game (JSON: arrays follow the level's order of issues). */
export interface Preferences {
  /** Weight of each issue at the table, in the level's order of issues; they sum to 1. */
  weights: number[];
  /** Weight of each issue with the public that must ratify, same order; they sum to 1. */
  home: number[];
  /** Base reservation value, in place of the scenario's `rv0`. */
  rv0: number;
  /** Base ratification threshold, in place of the scenario's `w0`. */
  w0: number;
  /**
   * Its public's red line in this game: the index (level order) of one issue on which it will take
   * no term worth less than `RED_LINE` (negotiation/preferences.ts) of its best option there,
   * whatever the rest of the package gives; −1 for none. The two sides' red lines are never on the
   * same issue.
   */
  redLine: number;
}

/** One delegation's changing state; all in [0,1] except edge and bias in [-1,1]. */
export interface SideState {
  pain: number;
  edge: number;
  pressure: number;
  trustOther: number;
  trustMediator: number;
  /** Perceived mediator bias: positive means "the mediator is on our side". */
  bias: number;
  /** Leverage currently applied to this side (0..1). */
  leverage: number;
  /** Believed mediator advice lowers this side's target this round. */
  adviceBelieved: boolean;
  /** The side's estimate of the other side's issue weights (frequency opponent model). */
  opponentWeights: Partial<Record<IssueId, number>>;
  /** This side's utility of the other side's latest counter-offer (for reciprocity). */
  lastOfferUtility: number | null;
  /** How far the other side's offers last moved toward this side (lowers this side's target). */
  concessionSeen: number;
  /** This side's latest counter-offer, if any. */
  lastCounter: Proposal | null;
  walkedOut: boolean;
  /**
   * This delegation's private numbers for this game (issue weights, base reservation value and
   * ratification threshold), drawn from the seed within a band around the scenario's: the mediator
   * learns them only from answers and readings. Absent means the scenario's published numbers.
   */
  prefs?: Preferences;
}

/** Why a delegation answered as it did: the numbers that decided it. */
export interface Reason {
  kind: 'accepts' | 'below_target' | 'cannot_ratify' | 'walkout' | 'incomplete' | 'human';
  utility: number;
  target: number;
  domestic: number;
  ratification: number;
  /** The issue whose term cost the most against this side's best option. */
  issue?: IssueId;
  /** The option in the tabled package for that issue. */
  option?: string;
  /** An option of that issue that would pass, if one alone would. */
  wouldPass?: string;
  /** Set when the term on `issue` crosses the side's red line (its public takes nothing below it there). */
  redLine?: boolean;
  pressure: number;
  incidents: number;
}

/** A delegation's answer to a tabled package. */
export interface Answer {
  side: SideId;
  verdict: 'accept' | 'reject' | 'counter' | 'walkout';
  reason: Reason;
  counter?: Proposal;
}

/**
 * A human team's answer in hot-seat play: accept or reject the tabled package, or counter it with
 * a package of its own (one option per open issue).
 */
export type HumanAnswer = 'accept' | 'reject' | { verdict: 'counter'; counter: Proposal };

/**
 * A delegation's own levers, taken by a human seat that plays Thailand or Cambodia (rules in
 * src/sim/seats/levers.ts): a statement to its public (firm or calm), a request to ASEAN for
 * observers, a complaint to ASEAN about the other side, a bilateral call to the other government.
 */
export type DelegationAction =
  | { type: 'public_statement'; side: SideId; tone: 'firm' | 'calm' }
  | { type: 'request_observers'; side: SideId }
  | { type: 'complain'; side: SideId }
  | { type: 'bilateral_call'; side: SideId };

/**
 * Every decision of a game's log: the mediator's actions (GAME.md, "The mediator's levers") and
 * the delegations' own levers.
 */
export type MediatorAction =
  | DelegationAction
  | { type: 'host_talks' }
  | { type: 'shuttle'; side: SideId }
  | { type: 'hotline' }
  | { type: 'ask_priorities' }
  | { type: 'advise'; side: SideId }
  | { type: 'us_tariff_threat' }
  | { type: 'us_incentive' }
  | { type: 'aid_package' }
  | { type: 'deploy_observers' }
  | { type: 'demining_teams' }
  | { type: 'corridors' }
  | { type: 'statement'; side: SideId; tone: 'praise' | 'blame' }
  /** Ask a delegation for its reading of the situation (free when it trusts the mediator enough). */
  | { type: 'consult'; side: SideId }
  /**
   * Table a package. In hot-seat play a human team answers for a delegation: its verdict (or its
   * counter-offer) replaces the model's (the model's numbers are still reported beside it).
   */
  | { type: 'propose'; proposal: Proposal; humans?: Partial<Record<SideId, HumanAnswer>> }
  | { type: 'end_round' };

export type ActionType = MediatorAction['type'];

/** A meter the player sees, with the change and its cause. */
export type MeterId =
  | 'livesLost'
  | 'displaced'
  | 'intensity'
  | 'aseanCredibility'
  | 'leverageLeft'
  | 'minesCleared'
  | 'weaponsWithdrawn'
  | `${SideId}.pressure`
  | `${SideId}.trustOther`
  | `${SideId}.trustMediator`
  | `${SideId}.bias`;

/** One change of a meter, with its direction, size and cause. */
export interface MeterChange {
  meter: MeterId;
  from: number;
  to: number;
  cause: Msg;
}

/**
 * An incident that happened this round. Its words live in the level (by `id`), never in the state,
 * so a game reads in whatever language the player chooses and a save replays in any language.
 */
export interface IncidentEvent {
  id: string;
  kind: string;
  victim: SideId;
  deaths: number;
  displaced: number;
  site?: string;
  /** Whether it broke a ceasefire in force. */
  violation: boolean;
  /** Set by the views' sensitivity setting (never by the sim): show the level's gentler text. */
  soft?: boolean;
}

/** Sound or visual cue names the sim emits; the audio adapter maps each to a sound. */
export type Cue =
  | 'action'
  | 'refused'
  | 'accept'
  | 'reject'
  | 'counter'
  | 'walkout'
  | 'signed'
  | 'incident'
  | 'explosion'
  | 'round'
  | 'win'
  | 'loss';

/** What happened in one round, for the round report and the debrief timeline. */
export interface RoundReport {
  round: number;
  actions: ActionType[];
  answers: Answer[];
  incidents: IncidentEvent[];
  changes: MeterChange[];
  /** The ceasefire's move, and why when it broke down or was suspended. */
  ceasefire: { from: CeasefireState; to: CeasefireState; cause?: Msg };
  /** The package the mediator tabled this round, if any. */
  tabled?: Proposal;
  signed: boolean;
}

/** How the scenario ended. */
export interface Outcome {
  kind: 'win' | 'partial' | 'loss';
  reason: 'formalised' | 'deadline' | 'war' | 'walkout' | 'collapse';
  score: number;
  breakdown: Record<'acceptance' | 'livesSaved' | 'returns' | 'durability' | 'credibility', number>;
}

/**
 * The game a branch was started from: the same scenario, seed and difficulty, its whole decision
 * log, and the round (day) from which the player decided again.
 */
export interface BranchParent {
  log: MediatorAction[];
  fromRound: number;
}

/** The whole game. */
export interface GameState {
  version: 1;
  scenarioId: string;
  seed: number;
  difficulty: Difficulty;
  rng: number[];
  round: number;
  maxRounds: number;
  capital: number;
  /** Action types used this round (a lever can be used once a round). */
  usedThisRound: ActionType[];
  sides: Record<SideId, SideState>;
  livesLost: number;
  displaced: number;
  /** The most civilians displaced at once during this game (for the returns score). */
  peakDisplaced: number;
  intensity: number;
  aseanCredibility: number;
  leverageLeft: number;
  leveragePublic: boolean;
  minesCleared: number;
  weaponsWithdrawn: number;
  /** Measures in place before any deal: interim observers, hotline, demining teams, corridors. */
  measures: { observers: boolean; hotline: boolean; deminingTeams: boolean; corridors: boolean };
  prioritiesKnown: boolean;
  /** Delegations whose reading the mediator has this round. */
  consulted: SideId[];
  ceasefire: CeasefireState;
  /** The accord signed, if any. */
  accord: Proposal | null;
  /** Leverage share (0..1) that bought the accord. */
  accordLeverage: number;
  /** Rounds the ceasefire has held since signing. */
  heldRounds: number;
  /** The package on the table this round, and the last answers to it. */
  tabled: Proposal | null;
  answers: Answer[];
  /** Meter changes caused so far this round (by the mediator's actions and the answers). */
  roundChanges: MeterChange[];
  /** Every decision, in order: replaying it from the seed rebuilds this state. */
  log: MediatorAction[];
  /** Set on a game started with "Try again from day N": the game it branched from (see branch.ts). */
  parent?: BranchParent;
  reports: RoundReport[];
  /**
   * Incidents a teacher sent into this round of a class session (see inject.ts); the round's end
   * moves them into its report. Absent in solo play.
   */
  injected?: IncidentEvent[];
  /** Cues emitted by the last reducer call, for audio and effects. */
  cues: Cue[];
  outcome: Outcome | null;
}

/** Result of a reducer: a new state, or a refusal with a reason the player can read. */
export type StepResult =
  | { ok: true; state: GameState }
  | { ok: false; reason: Msg; state: GameState };
