// The shape of a scenario once loaded and validated. The sim reads only this; the zod schema in
// src/content checks JSON files against it, so the rules never see unchecked data.

import type { LeverName } from './lever-names';

/** The two delegations. Every asymmetry between them comes from scenario data keyed by this. */
export type SideId = 'th' | 'kh';
export const SIDES: readonly SideId[] = ['th', 'kh'];

/** The other delegation. */
export const otherSide = (side: SideId): SideId => (side === 'th' ? 'kh' : 'th');

/** Issues that can be on the table (GAME.md, "Issues on the table"). */
export type IssueId =
  | 'scope'
  | 'withdrawal'
  | 'demining'
  | 'detainees'
  | 'observers'
  | 'civilians'
  | 'trade'
  | 'boundary';

/** Difficulty levels (GAME.md "Difficulty and tone"). */
export type Difficulty = 'calm' | 'tense' | 'violent';
export const DIFFICULTIES: readonly Difficulty[] = ['calm', 'tense', 'violent'];

/** A text shown to players, with an optional date it was reported and the source that backs it. */
export interface Fact {
  text: string;
  /** ISO date the figure or event was reported, e.g. "2025-12-10". */
  date?: string;
  /** Id of an entry in the scenario's `sources`. Required whenever `date` is set. */
  source?: string;
  /** Further source ids for the line, e.g. the other government's statement on a disputed point. */
  alsoSources?: string[];
}

/** A claim in a scenario that rests on one government's (or its army's) account only. */
export interface OneSideClaim {
  /** Whose account it is. */
  side: SideId;
  /** The claim, in a few words (an authoring note, not shown to players). */
  claim: string;
  /** The briefing or debrief lines that state it, as `briefing.N` or `debrief.N` (0-based). */
  facts: string[];
}

/** A published source: publisher, date and address. */
export interface Source {
  id: string;
  publisher: string;
  date: string;
  /** The article's headline as published, or a description when `titleIsDescription` is set. */
  title: string;
  url: string;
  /** Set when `title` is a description written for the game, not the published headline. */
  titleIsDescription?: boolean;
  /** Where the outlet is based: Thailand, Cambodia, or elsewhere (wires, Malaysia, ASEAN...). */
  origin?: 'th' | 'kh' | 'other';
  /** Claims this source backs in the scenario that rest on one side's account only. */
  oneSide?: OneSideClaim[];
}

/** What an option of an issue does to the world while it is in force. */
export interface OptionEffects {
  /** Multiplies the incident hazard while in force (Fortna: stronger terms, fewer relapses). */
  hazard?: number;
  /** Share of remaining mines cleared each round while in force. */
  demining?: number;
  /** Share of displaced civilians who return each round while the ceasefire holds. */
  returns?: number;
  /** Whether compliance becomes visible, so trust between the sides can move. */
  verifies?: boolean;
  /** Share of heavy weapons pulled back when signed (0..1). */
  withdrawal?: number;
  /** Leverage (0..1) this option applies to both sides when tabled; public pressure backfires. */
  leverage?: number;
  /** Whether the leverage of this option is public (causes backlash) or private. */
  publicLeverage?: boolean;
  /** Whether this option suspends air strikes (changes which incidents may happen). */
  noAirStrikes?: boolean;
}

/** One option of an issue, valued by each side in [0,1]. */
export interface IssueOption {
  id: string;
  label: string;
  value: Record<SideId, number>;
  effects?: OptionEffects;
}

/** An issue open in this scenario. */
export interface IssueDef {
  id: IssueId;
  label: string;
  /** One line for the proposal builder. */
  help: string;
  options: IssueOption[];
}

/** The fixed data of one delegation, from which the model's behaviour follows. */
export interface SideDef {
  name: string;
  capital: string;
  /** Issue weights at the table; normalised over the open issues. */
  weights: Partial<Record<IssueId, number>>;
  /** Issue weights of the domestic audience (ratification); over-weight sovereignty. */
  domesticWeights: Partial<Record<IssueId, number>>;
  start: {
    pain: number;
    edge: number;
    pressure: number;
    trustOther: number;
    trustMediator: number;
    bias: number;
  };
  /** Base reservation value RV0. */
  rv0: number;
  /** Base concession exponent β0 (β < 1 firm, > 1 yielding). */
  beta0: number;
  /** Ratification threshold at zero pressure, W0. */
  w0: number;
  /** Trust in the mediator below which the delegation walks out. */
  walkout: number;
  /** Sensitivity of its public to foreign pressure (ρ in the model). */
  backlash: number;
}

/** An incident type that may be drawn each round. */
export interface IncidentDef {
  id: string;
  kind: 'landmine' | 'skirmish' | 'rockets' | 'airstrike' | 'rally' | 'rumour';
  /** Relative weight in the hazard. */
  weight: number;
  /** Which side suffers it: a fixed side or either, drawn. */
  victim: SideId | 'either';
  /** Text shown in the round report; {victim} and {other} are replaced by side names. */
  text: string;
  deaths: number;
  displaced: number;
  /** Raise in the victim's domestic pressure. */
  pressure: number;
  /** Fighting intensity added. */
  intensity: number;
  /** Whether it counts as a violation of a ceasefire in force. */
  violation: boolean;
  /** Site id from `sites` where it happens (for the map). */
  site?: string;
  /** A gentler wording shown when the sensitivity setting is on (no casualty detail). */
  softText?: string;
}

/** A flashpoint drawn on the map. */
export interface SiteDef {
  id: string;
  name: string;
  lat: number;
  lon: number;
  side: SideId | 'border';
}

/** A term explained on demand (briefing, debrief, proposal builder). */
export interface GlossaryEntry {
  term: string;
  definition: string;
}

/** An outside actor named in a scenario (the United States, China, Malaysia as ASEAN chair). */
export interface ActorDef {
  id: string;
  name: string;
  role: string;
}

/** A hint shown at the start of a round (the tutorial teaches one lever at a time). */
export interface HintDef {
  round: number;
  text: string;
}

/** Which mediator levers a scenario offers (their names are listed once, in lever-names.ts). */
export type { LeverName };

/** A whole scenario. */
export interface Level {
  id: string;
  title: string;
  date: string;
  summary: string;
  /** Expected minutes to play, for teachers planning a lesson. */
  minutes?: number;
  /** Shown before play when the sensitivity setting is on. */
  contentNote?: string;
  glossary?: GlossaryEntry[];
  actors?: ActorDef[];
  hints?: HintDef[];
  /** Levers offered; all when absent. */
  levers?: LeverName[];
  /** Round from which a lever may be used (the tutorial unlocks them one at a time). */
  unlocks?: Partial<Record<LeverName, number>>;
  briefing: Fact[];
  debrief: Fact[];
  sources: Source[];
  rounds: number;
  roundLabel: string;
  capitalPerRound: number;
  verificationRounds: number;
  issues: IssueDef[];
  sides: Record<SideId, SideDef>;
  incidents: IncidentDef[];
  sites: SiteDef[];
  world: {
    /** Base hazard per round of incidents when no ceasefire holds. */
    hazard: number;
    /** Starting fighting intensity (0..1). */
    intensity: number;
    /** Deaths per round at full intensity. */
    deathsAtFullIntensity: number;
    /** New displaced per round at full intensity. */
    displacedAtFullIntensity: number;
    livesLost: number;
    displaced: number;
    aseanCredibility: number;
    /** Rounds of United States leverage available. */
    leverageRounds: number;
    /** The ceasefire's state at the start (default: none, fighting). */
    ceasefire?: 'none' | 'agreed' | 'holding';
  };
  difficulty: Record<Difficulty, { hazard: number; pressure: number }>;
}
