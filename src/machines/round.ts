// The round cycle as an xstate machine: situation → mediator acts → delegations respond → world
// moves → check. Every transition calls the sim's pure reducers; illegal moves leave a refusal.

import { assign, setup } from 'xstate';
import type { Level } from '../sim/level';
import type { GameState, MediatorAction } from '../sim/state';
import { refuse, step } from '../sim/game';
import type { RoundEvent } from './events';
import type { ResumePhase } from './save';
import type { Msg } from '../sim/message';

/** Context of the round machine: the scenario, the game and the last refusal. */
export interface RoundContext {
  level: Level;
  game: GameState;
  refusal: Msg | null;
  /** A restored game's screen to open on (set once at the start, then cleared). */
  resume?: ResumePhase | null;
}

/** Applies one decision to the context; a refusal is kept for the UI to show. */
function apply(context: RoundContext, action: MediatorAction): Partial<RoundContext> {
  const result = step(context.level, context.game, action);
  return result.ok ? { game: result.state, refusal: null } : { refusal: result.reason };
}

/** The round cycle of one game, from its first situation to its outcome. */
export const roundMachine = setup({
  types: {
    context: {} as RoundContext,
    events: {} as RoundEvent,
    input: {} as { level: Level; game: GameState; phase?: ResumePhase },
    output: {} as { game: GameState },
  },
  actions: {
    act: assign(({ context, event }) => (event.type === 'ACT' ? apply(context, event.action) : {})),
    propose: assign(({ context, event }) =>
      event.type === 'PROPOSE' ? apply(context, { type: 'propose', proposal: event.proposal, ...(event.humans ? { humans: event.humans } : {}) }) : {},
    ),
    endRound: assign(({ context }) => apply(context, { type: 'end_round' })),
    refuseProposal: assign(({ context, event }) =>
      event.type === 'PROPOSE' ? { refusal: refuse(context.level, context.game, { type: 'propose', proposal: event.proposal }) } : {},
    ),
    clearRefusal: assign({ refusal: null }),
    clearResume: assign({ resume: null }),
  },
  guards: {
    canPropose: ({ context, event }) =>
      event.type === 'PROPOSE' && refuse(context.level, context.game, { type: 'propose', proposal: event.proposal }) === null,
    isOver: ({ context }) => context.game.outcome !== null,
    resumeAt: ({ context }, phase: ResumePhase) => context.resume === phase,
  },
}).createMachine({
  id: 'round',
  initial: 'check',
  context: ({ input }) => ({ level: input.level, game: input.game, refusal: null, resume: input.phase ?? null }),
  states: {
    situation: {
      entry: 'clearRefusal',
      on: { CONTINUE: 'acting' },
    },
    acting: {
      on: {
        ACT: { actions: 'act' },
        PROPOSE: [{ guard: 'canPropose', target: 'responding', actions: 'propose' }, { actions: 'refuseProposal' }],
        END_ROUND: { target: 'world', actions: ['clearRefusal', 'endRound'] },
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
        // A restored game opens where it was left (see save.ts `phaseOf`).
        ...(['acting', 'responding', 'world'] as const).map((phase) => ({
          guard: { type: 'resumeAt' as const, params: phase }, target: phase, actions: 'clearResume' as const,
        })),
        { target: 'situation', actions: 'clearResume' },
      ],
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ game: context.game }),
});
