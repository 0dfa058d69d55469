// The round cycle when the player sits at one delegation's chair and the envoy and the other
// delegation are played by the sim: the seat's own turn (its view, its levers) → the AI envoy acts
// one decision at a time until it tables a package → the seat answers it (accept, reject or a
// counter-offer) → both answers are shown → the envoy finishes its round → the world moves → check.
// Every decision goes through the sim's reducers; a refused one leaves its reason for the view.
// A game that starts mid-round (restored from a save or a code) goes on where its log shows the
// round stands (sim/seats/round-stage.ts): at the envoy's package, or at the answers given.

import { assign, setup } from 'xstate';
import type { Level, SideId } from '../sim/level';
import type { GameState, MediatorAction, Proposal } from '../sim/state';
import { engine } from './engine-load';
import type { Msg } from '../sim/message';
import type { SeatEvent } from './events';

export type { SeatEvent } from './events';

/** Context of a seat's round. */
export interface SeatContext {
  level: Level;
  game: GameState;
  seat: SideId;
  refusal: Msg | null;
  /** The package the envoy tabled, waiting for the seat's answer. */
  pending: Proposal | null;
}

/** What starts a seat's game. */
export interface SeatInput {
  level: Level;
  game: GameState;
  seat: SideId;
}

function apply(context: SeatContext, action: MediatorAction): Partial<SeatContext> {
  const r = engine().step(context.level, context.game, action);
  return r.ok ? { game: r.state, refusal: null } : { refusal: r.reason };
}

/**
 * Plays the AI envoy until it tables a package (held for the seat's answer) or ends the round. A
 * decision the rules refuse cannot come from `envoyNext`, but a refused one ends the envoy's turn
 * rather than loop.
 */
function runEnvoy(context: SeatContext): Partial<SeatContext> {
  let game = context.game;
  for (let guard = 0; guard < 50; guard++) {
    const action = engine().envoyNext(context.level, game);
    if (!action) break;
    if (action.type === 'propose') return { game, pending: action.proposal, refusal: null };
    const r = engine().step(context.level, game, action);
    if (!r.ok) break;
    game = r.state;
    if (action.type === 'end_round') break;
  }
  return { game, pending: null, refusal: null };
}

/** A seat's whole game, from its first round to its outcome. */
export const seatRoundMachine = setup({
  types: {
    context: {} as SeatContext,
    events: {} as SeatEvent,
    input: {} as SeatInput,
    output: {} as { game: GameState },
  },
  actions: {
    act: assign(({ context, event }) => (event.type === 'SEAT_ACT' && event.action.side === context.seat ? apply(context, event.action) : {})),
    envoy: assign(({ context }) => runEnvoy(context)),
    answer: assign(({ context, event }) => {
      if (event.type !== 'SEAT_ANSWER' || !context.pending) return {};
      return { ...apply(context, { type: 'propose', proposal: context.pending, humans: { [context.seat]: event.answer } }), pending: null };
    }),
    clearRefusal: assign({ refusal: null }),
  },
  guards: {
    isOver: ({ context }) => context.game.outcome !== null,
    /** The package of this round has been answered: the answers show. */
    answered: ({ context }) => engine().seatRoundStage(context.game) === 'answered',
    /** The envoy has begun this round: the seat's own turn is over and the envoy's package comes next. */
    envoyBegun: ({ context }) => engine().seatRoundStage(context.game) === 'envoy',
    held: ({ context }) => context.pending !== null,
    /** The envoy ended the round: the last decision is the round's end (or the game is over). */
    roundEnded: ({ context }) => context.game.outcome !== null || context.game.log[context.game.log.length - 1]?.type === 'end_round',
  },
}).createMachine({
  id: 'seat',
  initial: 'check',
  context: ({ input }) => ({ level: input.level, game: input.game, seat: input.seat, refusal: null, pending: null }),
  states: {
    // A new round, or a game restored mid-round: on from where its log shows the round stands.
    check: {
      always: [{ guard: 'isOver', target: 'done' }, { guard: 'answered', target: 'responding' }, { guard: 'envoyBegun', target: 'envoy' }, { target: 'own' }],
    },
    own: {
      entry: 'clearRefusal',
      on: { SEAT_ACT: { actions: 'act' }, SEAT_READY: 'envoy' },
    },
    envoy: {
      entry: 'envoy',
      always: [{ guard: 'held', target: 'answering' }, { guard: 'roundEnded', target: 'world' }, { target: 'world' }],
    },
    answering: {
      on: { SEAT_ANSWER: { target: 'responding', actions: 'answer' } },
    },
    responding: {
      on: { SEAT_CONTINUE: 'envoy' },
    },
    world: {
      on: { SEAT_CONTINUE: 'check' },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ game: context.game }),
});
