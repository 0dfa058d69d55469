// The flow of a class table on a student's page, as an xstate machine with the solo round's screens
// (situation → acting → responding → world, then the debrief). The game itself lives on the class
// server: a decision the screens send leaves as an intent (`intent` action) and changes nothing
// here; the screen moves only when the server's state arrives with the decision in it (`SERVER`),
// to the screen of the newest decision, exactly as a restored solo game opens where it was left.
// A refusal comes back as the sim's own message (`REFUSED`). Continue between screens is the page's
// own; at a shared table the others' decisions move every page to the same screen.

import { assign, setup } from 'xstate';
import type { Level } from '../sim/level';
import type { GameState, MediatorAction } from '../sim/state';
import type { Msg } from '../sim/message';
import type { RoundEvent } from '../machines/events';
import { phaseOf } from '../machines/phase';

/** The session's phase as the server has it. */
export type SessionPhase = 'lobby' | 'running' | 'paused' | 'ended';

/** A decision on its way to the server: `at` is the number of decisions the page saw when it was made. */
export interface Intent {
  action: MediatorAction;
  at: number;
}

/** What the machine knows: the scenario, the server's game and session phase, the last refusal. */
export interface TableContext {
  level: Level;
  name: string;
  game: GameState | null;
  session: SessionPhase;
  refusal: Msg | null;
}

/** Events from the server (`SERVER`, `REFUSED`) and from the solo screens (the round's events). */
export type TableEvent =
  | { type: 'SERVER'; game: GameState; session: SessionPhase }
  | { type: 'REFUSED'; reason: Msg }
  | RoundEvent;

/** The screen a decision leads to: after a package the answers, after a round's end its report. */
const AFTER: Record<ReturnType<typeof phaseOf>, 'situation' | 'acting' | 'responding' | 'world'> = {
  situation: 'situation', acting: 'acting', responding: 'responding', world: 'world',
};

const decided = (context: TableContext) => context.game?.log.length ?? 0;

/** A class table's screens, driven by the server's state. */
export const tableMachine = setup({
  types: {
    context: {} as TableContext,
    events: {} as TableEvent,
    input: {} as { level: Level; name: string },
  },
  actions: {
    /** Sends a decision to the server (the page provides it); nothing changes until the state returns. */
    intent: (_, _params: Intent) => undefined,
    take: assign(({ event }) => (event.type === 'SERVER' ? { game: event.game, session: event.session } : {})),
    takeMoved: assign(({ event }) => (event.type === 'SERVER' ? { game: event.game, session: event.session, refusal: null } : {})),
    refused: assign(({ event }) => (event.type === 'REFUSED' ? { refusal: event.reason } : {})),
    clearRefusal: assign({ refusal: null }),
  },
  guards: {
    ended: ({ event }) => event.type === 'SERVER' && event.session === 'ended',
    /** The first state after joining (or a move to another table), and the game is over. */
    firstOver: ({ context, event }) => event.type === 'SERVER' && context.game === null && event.game.outcome !== null,
    /** A decision the page has not seen yet has been accepted: its screen follows. */
    movedTo: ({ context, event }, screen: string) => event.type === 'SERVER' && (context.game === null || event.game.log.length > decided(context))
      && AFTER[phaseOf(event.game)] === screen,
    over: ({ context }) => context.game?.outcome != null,
  },
}).createMachine({
  id: 'table',
  initial: 'waiting',
  context: ({ input }) => ({ level: input.level, name: input.name, game: null, session: 'lobby', refusal: null }),
  on: {
    SERVER: [
      { guard: 'ended', target: '.debrief', actions: 'take' },
      { guard: 'firstOver', target: '.debrief', actions: 'take' },
      ...(['situation', 'acting', 'responding', 'world'] as const).map((screen) => ({
        guard: { type: 'movedTo' as const, params: screen }, target: `.${screen}`, actions: 'takeMoved' as const,
      })),
      { actions: 'take' },
    ],
    REFUSED: { actions: 'refused' },
  },
  states: {
    waiting: {},
    situation: {
      entry: 'clearRefusal',
      on: { CONTINUE: 'acting' },
    },
    acting: {
      on: {
        ACT: { actions: { type: 'intent', params: ({ context, event }) => ({ action: event.action, at: decided(context) }) } },
        PROPOSE: { actions: { type: 'intent', params: ({ context, event }) => ({ action: { type: 'propose', proposal: event.proposal }, at: decided(context) }) } },
        END_ROUND: { actions: ['clearRefusal', { type: 'intent', params: ({ context }) => ({ action: { type: 'end_round' }, at: decided(context) }) }] },
      },
    },
    // The solo game's Continue after the answers ends the round: here it asks the server to.
    responding: {
      on: { CONTINUE: { actions: { type: 'intent', params: ({ context }) => ({ action: { type: 'end_round' }, at: decided(context) }) } } },
    },
    world: {
      on: { CONTINUE: [{ guard: 'over', target: 'debrief' }, { target: 'situation' }] },
    },
    // Once here, only the session's end changes what is shown (the vm's `remote.ended`).
    debrief: {
      on: { SERVER: { actions: 'take' } },
    },
  },
});
