// The round cycle as an xstate machine: situation → mediator acts → delegations respond → world
// moves → check. Every transition calls the sim's pure reducers; illegal moves leave a refusal.
// When a team in the room plays a delegation (hot-seat), a tabled package is held in `hotseat`
// while the device goes to each team in turn (handover → answering), then back to the envoy
// (returning), and is tabled with the teams' answers.

import { assign, setup } from 'xstate';
import type { Level, SideId } from '../sim/level';
import type { GameState, MediatorAction } from '../sim/state';
import { engine } from './engine-load';
import type { RoundEvent } from './events';
import type { ResumePhase } from './phase';
import type { HeldPackage, TeamNotes } from './hotseat';
import type { Msg } from '../sim/message';

/** Context of the round machine: the scenario, the game, the last refusal and hot-seat play. */
export interface RoundContext {
  level: Level;
  game: GameState;
  refusal: Msg | null;
  /** A restored game's screen to open on (set once at the start, then cleared). */
  resume?: ResumePhase | null;
  /** The delegations a team in the room answers for, in table order (empty: the model plays both). */
  teams: SideId[];
  /** A package waiting for the teams' answers, while in `hotseat`. */
  held: HeldPackage | null;
  /** The teams' reasons so far this game (for the answers screen and the export). */
  notes: TeamNotes;
}

/** What starts a round machine. */
export interface RoundInput {
  level: Level;
  game: GameState;
  phase?: ResumePhase;
  teams?: SideId[];
  notes?: TeamNotes;
}

/** Applies one decision to the context; a refusal is kept for the UI to show. */
function apply(context: RoundContext, action: MediatorAction): Partial<RoundContext> {
  const result = engine().step(context.level, context.game, action);
  return result.ok ? { game: result.state, refusal: null } : { refusal: result.reason };
}

/** The round cycle of one game, from its first situation to its outcome. */
export const roundMachine = setup({
  types: {
    context: {} as RoundContext,
    events: {} as RoundEvent,
    input: {} as RoundInput,
    output: {} as { game: GameState; notes: TeamNotes },
  },
  actions: {
    act: assign(({ context, event }) => (event.type === 'ACT' ? apply(context, event.action) : {})),
    propose: assign(({ context, event }) =>
      event.type === 'PROPOSE' ? apply(context, { type: 'propose', proposal: event.proposal, ...(event.humans ? { humans: event.humans } : {}) }) : {},
    ),
    endRound: assign(({ context }) => apply(context, { type: 'end_round' })),
    refuseProposal: assign(({ context, event }) =>
      event.type === 'PROPOSE' ? { refusal: engine().refuse(context.level, context.game, { type: 'propose', proposal: event.proposal }) } : {},
    ),
    clearRefusal: assign({ refusal: null }),
    clearResume: assign({ resume: null }),
    /** Holds a tabled package for the first team. */
    holdPackage: assign(({ context, event }) =>
      event.type === 'PROPOSE' && context.teams[0] ? { held: { proposal: { ...event.proposal }, side: context.teams[0], answers: {} }, refusal: null } : {},
    ),
    dropPackage: assign({ held: null }),
    /** Keeps a team's answer (and its reason, if it gave one) and passes the device on. */
    recordAnswer: assign(({ context, event }) => {
      const held = context.held;
      if (event.type !== 'TEAM_ANSWER' || !held) return {};
      const side = held.side;
      const answers = { ...held.answers, [side]: event.answer };
      const next = context.teams.find((s) => answers[s] === undefined) ?? side;
      const reason = event.reason?.trim() ?? '';
      const at = context.game.log.length;
      const notes = reason ? { ...context.notes, [at]: { ...context.notes[at], [side]: reason } } : context.notes;
      return { held: { ...held, answers, side: next }, notes };
    }),
    /** Tables the held package with the teams' answers. */
    proposeHeld: assign(({ context }) => {
      if (!context.held) return {};
      return { ...apply(context, { type: 'propose', proposal: context.held.proposal, humans: { ...context.held.answers } }), held: null };
    }),
  },
  guards: {
    canPropose: ({ context, event }) =>
      event.type === 'PROPOSE' && engine().refuse(context.level, context.game, { type: 'propose', proposal: event.proposal }) === null,
    /** A package the rules accept, with teams to answer it and no answers given with it yet. */
    holdForTeams: ({ context, event }) =>
      event.type === 'PROPOSE' && !event.humans && context.teams.length > 0 &&
      engine().refuse(context.level, context.game, { type: 'propose', proposal: event.proposal }) === null,
    /** Another team still has to answer after the one answering now. */
    moreTeams: ({ context }) => {
      const held = context.held;
      return !!held && context.teams.some((s) => s !== held.side && held.answers[s] === undefined);
    },
    /** No team has answered yet, so the envoy may take the package back. */
    nothingAnswered: ({ context }) => !context.held || Object.keys(context.held.answers).length === 0,
    isOver: ({ context }) => context.game.outcome !== null,
    resumeAt: ({ context }, phase: ResumePhase) => context.resume === phase,
  },
}).createMachine({
  id: 'round',
  initial: 'check',
  context: ({ input }) => ({
    level: input.level, game: input.game, refusal: null, resume: input.phase ?? null,
    teams: input.teams ?? [], held: null, notes: input.notes ?? {},
  }),
  states: {
    situation: {
      entry: 'clearRefusal',
      on: { CONTINUE: 'acting' },
    },
    acting: {
      on: {
        ACT: { actions: 'act' },
        PROPOSE: [
          { guard: 'holdForTeams', target: 'hotseat', actions: 'holdPackage' },
          { guard: 'canPropose', target: 'responding', actions: 'propose' },
          { actions: 'refuseProposal' },
        ],
        END_ROUND: { target: 'world', actions: ['clearRefusal', 'endRound'] },
      },
    },
    // Pass the device: each team in turn takes it (handover), answers in private (answering), and
    // when all have answered it goes back to the envoy (returning), who shows the answers.
    hotseat: {
      initial: 'handover',
      states: {
        handover: {
          on: {
            TAKE_TURN: 'answering',
            WITHDRAW: { guard: 'nothingAnswered', target: '#round.acting', actions: 'dropPackage' },
          },
        },
        answering: {
          on: {
            TEAM_ANSWER: [
              { guard: 'moreTeams', target: 'handover', actions: 'recordAnswer' },
              { target: 'returning', actions: 'recordAnswer' },
            ],
          },
        },
        returning: {
          on: { SHOW_ANSWERS: { target: '#round.responding', actions: 'proposeHeld' } },
        },
      },
    },
    responding: {
      on: { CONTINUE: { target: 'world', actions: 'endRound' } },
    },
    world: {
      on: { CONTINUE: 'check' },
    },
    check: {
      always: [
        { guard: 'isOver', target: 'done' },
        // A restored game opens where it was left (see phase.ts `phaseOf`).
        ...(['acting', 'responding', 'world'] as const).map((phase) => ({
          guard: { type: 'resumeAt' as const, params: phase }, target: phase, actions: 'clearResume' as const,
        })),
        { target: 'situation', actions: 'clearResume' },
      ],
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ game: context.game, notes: context.notes }),
});
