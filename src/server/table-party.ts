// Who plays each seat of one class table (the envoy, Thailand's delegation, Cambodia's delegation:
// a team of students or the AI) and the package the human delegations are answering. A package the
// envoy tables waits here until every human delegation has answered (or the teacher's timer runs
// out, and the model answers for the ones that did not); then it goes to the sim as one `propose`
// carrying the teams' answers, so the table's log still replays to the same game.

import type { SideId } from '../sim/level';
import { SIDES } from '../sim/level';
import type { HumanAnswer, MediatorAction, Proposal } from '../sim/state';
import type { Seat } from '../sim/seats/seat';

/** A seat at a table: the envoy or one delegation. */
export type Role = Seat;
/** Who plays a seat. */
export type Mode = 'human' | 'ai';

/** A delegation's answer to a tabled package, as the room keeps it for the envoy to read. */
export interface PartyNote {
  /** The round the package was tabled in. */
  round: number;
  side: SideId;
  /** The team's verdict, or `timeout` when the timer ran out and the model answered. */
  verdict: 'accept' | 'reject' | 'counter' | 'timeout';
  counter?: Proposal;
  /** The package the counter-offer answers (so its changed terms can be shown). */
  tabled?: Proposal;
  /** The team's written reason (plain text; shown as text only). */
  reason: string;
}

/** What a table's party keeps between restarts (in the session file). */
export interface PartyData {
  modes: Record<Role, Mode>;
  open: SideId[];
  timer: number;
  pending: Proposal | null;
  answers: Partial<Record<SideId, { answer: HumanAnswer; reason: string }>>;
  notes: PartyNote[];
}

/** The seats of one table and the package being answered. */
export class TableParty {
  modes: Record<Role, Mode> = { envoy: 'human', th: 'ai', kh: 'ai' };
  /** Delegation seats the teacher opened for students to pick. */
  readonly open = new Set<SideId>();
  /** Seconds the delegations have to answer a package (0: no limit). */
  timer = 0;
  /** The package waiting for answers. */
  pending: Proposal | null = null;
  /** When the timer runs out (ms), or 0. */
  deadline = 0;
  /** The answers given so far to the pending package. */
  answers: PartyData['answers'] = {};
  /** Every answer a team gave (or the timer gave for it), oldest first. */
  readonly notes: PartyNote[] = [];

  constructor(data?: PartyData) {
    if (!data) return;
    this.modes = { ...data.modes };
    for (const s of data.open) this.open.add(s);
    this.timer = data.timer;
    this.pending = data.pending;
    this.answers = { ...data.answers };
    this.notes.push(...data.notes);
  }

  /** The delegations played by people. */
  humanSides(): SideId[] {
    return SIDES.filter((s) => this.modes[s] === 'human');
  }

  /** The human delegations that have not answered the pending package yet. */
  waiting(): SideId[] {
    return this.pending ? this.humanSides().filter((s) => !this.answers[s]) : [];
  }

  /**
   * The envoy tables `proposal` at `now`: it waits for the human delegations (true), or, when both
   * are the AI's, is ready at once (false).
   */
  table(proposal: Proposal, now: number): boolean {
    this.answers = {};
    if (!this.humanSides().length) {
      this.pending = null;
      return false;
    }
    this.pending = { ...proposal };
    this.deadline = this.timer > 0 ? now + this.timer * 1000 : 0;
    return true;
  }

  /** Records `side`'s answer with its reason; true when nobody else is waited for. */
  answer(side: SideId, answer: HumanAnswer, reason: string): boolean {
    this.answers[side] = { answer, reason };
    return this.waiting().length === 0;
  }

  /** Whether the timer ran out on a pending package. */
  expired(now: number): boolean {
    return this.pending !== null && this.deadline > 0 && now >= this.deadline;
  }

  /**
   * The sim's decision for the pending package: the teams' answers as `humans`; a side that did not
   * answer is left to the model. Notes every answer (a missing one as `timeout` when a human seat
   * was waited for) and clears the package.
   */
  resolve(round: number): MediatorAction {
    const proposal = this.pending ?? {};
    const humans: Partial<Record<SideId, HumanAnswer>> = {};
    for (const side of SIDES) {
      const a = this.answers[side];
      if (a) {
        humans[side] = a.answer;
        const verdict = typeof a.answer === 'object' ? 'counter' : a.answer;
        this.notes.push({ round, side, verdict, reason: a.reason, ...(typeof a.answer === 'object' ? { counter: a.answer.counter, tabled: proposal } : {}) });
      } else if (this.modes[side] === 'human') {
        this.notes.push({ round, side, verdict: 'timeout', reason: '' });
      }
    }
    this.pending = null;
    this.answers = {};
    this.deadline = 0;
    return Object.keys(humans).length ? { type: 'propose', proposal, humans } : { type: 'propose', proposal };
  }

  /** The party as kept in the session file. */
  data(): PartyData {
    return { modes: { ...this.modes }, open: [...this.open], timer: this.timer, pending: this.pending, answers: { ...this.answers }, notes: this.notes.slice() };
  }
}
