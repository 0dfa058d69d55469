// The app flow as an xstate machine: boot (load and validate the scenario) → menu → briefing →
// playing (the round machine) → debrief → menu, plus settings and an error screen for a bad level.
// A game started for another scenario (the menu's campaign list) loads it first (`loading`).
// Continue and resume codes go through `restoring`: read the save or the code, load its scenario
// with the same loader as a new game, check it by replay; a game under way can be `paused`. A
// deep link's seed and teams arrive as the machine's input; a link that would start a game while
// another is unfinished waits on the menu for the player's answer (`question`).
// What each step writes into the context is in the app-*.ts files beside this one (new game, load,
// restore, seat, concept check), as pure functions.

import { and, assign, fromPromise, raise, setup } from 'xstate';
import type { Level } from '../sim/level';
import { branchDays } from '../sim/branch-log';
import { engine, engineReady } from './engine-load';
import { msg } from '../sim/message';
import { roundMachine } from './round';
import type { AppEvent, RestoreRequest } from './events';
import { phaseOf } from './phase';
import { teamSides } from './hotseat';
import { asksAfter } from './grade-flow';
import { heldNewGame, newGame, startHeld, startNow } from './app-new-game';
import { levelLoaded, levelRefused, loaderFailed, teacherFileOpened } from './app-load';
import { seatRoundMachine } from './seat-round';
import { afterAnswered, afterOpen, checkAnswered, checkSkipped, memoWritten } from './app-check';
import { atSeat, seatFinished, seatInput } from './app-seat';
import { claimLevelMissing, claimRead, claimsLoadedLevel, failedRestore, heldRestore, refusedRestore, restoredGame, resumedGame } from './app-restore';

export type { LevelLoad, Restored, RestoreClaim, RestoreRead, Restorer, AppInput, AppContext } from './app-types';
import type { LevelLoad, Restored, RestoreClaim, RestoreRead, Restorer, AppInput, AppContext } from './app-types';

/**
 * A game under way (`playing` or `seating`) can be paused. The game has no timers: pausing holds the
 * round's events back while the dialog is open.
 */
const PAUSABLE = { initial: 'running', states: { running: { on: { PAUSE: 'paused' } }, paused: { on: { UNPAUSE: 'running' } } } } as const;

/** The app's screens and how the player moves between them. */
export const appMachine = setup({
  types: {
    context: {} as AppContext,
    events: {} as AppEvent,
    input: {} as AppInput,
  },
  actors: {
    loadLevel: fromPromise<LevelLoad, { levelId: string; engine?: boolean }>(async () => ({ ok: false, errors: ['no level loader was provided'] })),
    // The composition root provides the real ones (src/platform/saves.ts).
    readRestore: fromPromise<RestoreRead, { request: RestoreRequest }>(async ({ input }) => ({
      ok: false, notice: msg(input.request.kind === 'save' ? 'menu.save.notOurs' : 'menu.code.notACode'),
    })),
    checkRestore: fromPromise<Restored, { level: Level; claim: RestoreClaim }>(async () => ({ ok: false, notice: msg('menu.save.mismatch') })),
    round: roundMachine,
    seatRound: seatRoundMachine,
  },
  actions: {
    /** A teacher's scenario file, opened from the menu or the error screen. */
    openFile: assign(({ event }) => (event.type === 'LEVEL_TEXT' ? teacherFileOpened(event.file, event.text) : {})),
    startGame: assign(({ context, event }) => {
      if (!context.level || event.type !== 'NEW_GAME') return {};
      const { seed, difficulty, seat } = startNow(context, event);
      return newGame(context.level, engine().createGame(context.level, { seed, difficulty }), seat);
    }),
    /** Takes a restored game (autosave or resume code) and its scenario. */
    resumeGame: assign(({ context, event }) => (event.type === 'RESUME' ? resumedGame(context, event.levelId, event.level, event.game) : {})),
    /** Remembers what to restore while `restoring` runs. */
    holdRestore: assign(({ event }) => (event.type === 'RESTORE' ? heldRestore(event.request) : {})),
    /** A save or code that was refused: its message for the menu. */
    restoreRefused: assign(({ event }) => refusedRestore((event as unknown as { output?: unknown }).output)),
    /** The reader or the check itself failed: the save or code cannot be read. */
    restoreFailed: assign(() => failedRestore()),
    setPlayer: assign(({ context, event }) => (event.type === 'SET_PLAYER' ? { players: { ...context.players, [event.side]: event.player } } : {})),
    /** Remembers a NEW_GAME for another scenario (or one that came before the engine) while it loads. */
    holdNewGame: assign(({ context, event }) => heldNewGame(context, event)),
    /** A link's game waits for the player's answer about the unfinished game. */
    askBeforeLink: assign(({ event }) => (event.type === 'ASK_BEFORE_LINK' ? { question: { start: event.start, unfinished: event.unfinished } } : {})),
    /** The player chose the link's game: start it as the menu's New game would. */
    startLinked: raise(({ context }) => ({ type: 'NEW_GAME' as const, ...context.question!.start })),
    /** The player chose the unfinished game: restore it as Continue would. */
    keepUnfinished: raise(({ context }) => ({ type: 'RESTORE' as const, request: { kind: 'save' as const, id: context.question!.unfinished.id } })),
    dropQuestion: assign({ question: () => null }),
    /** "Try again from day N": the finished game's branch from that day, which names it as its parent. */
    tryAgain: assign(({ context, event }) => {
      if (event.type !== 'TRY_AGAIN' || !context.level || !context.game) return {};
      const game = engine().startBranch(context.level, context.game, event.round);
      return game ? { game, notes: {}, notice: null, question: null } : {};
    }),
    /** The concept check's answers for the sitting on screen (before or after play). */
    answerBefore: assign(({ context, event }) => checkAnswered(context, event, 'before')),
    answerAfter: assign(({ context, event }) => checkAnswered(context, event, 'after')),
    skipBefore: assign(({ context }) => checkSkipped(context, 'before')),
    skipAfter: assign(({ context }) => checkSkipped(context, 'after')),
    writeMemo: assign(({ context, event }) => memoWritten(context, event)),
  },
  guards: {
    /** NEW_GAME names a scenario other than the one loaded. */
    otherLevel: ({ context, event }) => event.type === 'NEW_GAME' && event.levelId !== undefined && event.levelId !== context.level?.id,
    /**
     * The rules engine has not arrived yet (the menu is drawn before it loads): the new game waits
     * in `loading`, whose loader waits for the engine too.
     */
    engineMissing: ({ context }) => !context.engineReady(),
    /** TRY_AGAIN names a day the finished game played. */
    playedDay: ({ context, event }) => event.type === 'TRY_AGAIN' && context.game !== null && branchDays(context.game).includes(event.round),
    /** A link's game is waiting for the player's answer. */
    asking: ({ context }) => context.question !== null,
    /** The post-check is due: the pre-check was answered and the post-check not yet taken. */
    asksAfter: ({ context }) => asksAfter(context.grade),
    /** The post-check can still be taken (from the debrief). */
    afterOpen: ({ context }) => afterOpen(context),
    /** The post-check on screen has been answered (its explanations show). */
    afterAnswered: ({ context }) => afterAnswered(context),
    /** The player sits at a delegation's seat in the game on screen. */
    atSeat: ({ context }) => atSeat(context),
  },
}).createMachine({
  id: 'app',
  initial: 'boot',
  context: ({ input }) => ({
    levelId: input.levelId, level: null, game: null, error: null, pending: null, linkSeed: input.seed ?? null,
    players: input.players ?? { th: 'ai', kh: 'ai' }, notes: {}, notice: null, restoring: null,
    claim: null, claimLevel: null, question: null, grade: null, recallGrade: input.recallGrade ?? (() => null), engineReady: input.engineReady ?? engineReady, seat: null, seatRuns: [],
  }),
  on: { SET_PLAYER: { actions: 'setPlayer' } },
  states: {
    boot: {
      invoke: {
        id: 'loadLevel',
        src: 'loadLevel',
        // The menu needs the scenario's words, not the rules: the engine loads after it is drawn.
        input: ({ context }) => ({ levelId: context.levelId, engine: false }),
        onDone: [
          { guard: ({ event }) => event.output.ok, target: 'menu', actions: assign(({ event }) => levelLoaded(event.output)) },
          { target: 'error', actions: assign(({ event }) => levelRefused(event.output)) },
        ],
        onError: { target: 'error', actions: assign(({ event }) => loaderFailed(event.error)) },
      },
    },
    error: { on: { RETRY: 'boot', LEVEL_TEXT: { target: 'opening', actions: 'openFile' } } },
    opening: {
      always: [{ guard: ({ context }) => context.error !== null, target: 'error' }, { target: 'menu' }],
    },
    menu: {
      on: {
        LEVEL_TEXT: { target: 'opening', actions: 'openFile' },
        NEW_GAME: [
          { guard: 'otherLevel', target: 'loading', actions: 'holdNewGame' },
          { guard: 'engineMissing', target: 'loading', actions: 'holdNewGame' },
          { target: 'briefing', actions: 'startGame' },
        ],
        OPEN_SETTINGS: 'settings',
        RESUME: { target: 'playing', actions: 'resumeGame' },
        RESTORE: { target: 'restoring', actions: 'holdRestore' },
        ASK_BEFORE_LINK: { actions: 'askBeforeLink' },
        START_LINKED: { guard: 'asking', actions: ['startLinked', 'dropQuestion'] },
        KEEP_UNFINISHED: { guard: 'asking', actions: ['keepUnfinished', 'dropQuestion'] },
      },
    },
    // Continue or a resume code: read what it claims, load its scenario (the loader a new game
    // uses; not again when it is the one loaded), check it by replay, then play on where it was
    // left. On any failure, back to the menu, which says why.
    restoring: {
      initial: 'reading',
      states: {
        reading: {
          invoke: {
            id: 'readRestore',
            src: 'readRestore',
            input: ({ context }) => ({ request: context.restoring ?? { kind: 'save' } }),
            onDone: [
              {
                guard: ({ context, event }) => claimsLoadedLevel(context, event.output),
                target: 'checking',
                actions: assign(({ context, event }) => claimRead(event.output, context.level)),
              },
              { guard: ({ event }) => event.output.ok, target: 'loading', actions: assign(({ event }) => claimRead(event.output)) },
              { target: '#app.menu', actions: 'restoreRefused' },
            ],
            onError: { target: '#app.menu', actions: 'restoreFailed' },
          },
        },
        loading: {
          invoke: {
            id: 'loadLevel',
            src: 'loadLevel',
            input: ({ context }) => ({ levelId: context.claim?.levelId ?? '' }),
            onDone: [
              { guard: ({ event }) => event.output.ok, target: 'checking', actions: assign(({ event }) => (event.output.ok ? { claimLevel: event.output.level } : {})) },
              { target: '#app.menu', actions: assign(({ context }) => claimLevelMissing(context)) },
            ],
            onError: { target: '#app.menu', actions: assign(({ context }) => claimLevelMissing(context)) },
          },
        },
        checking: {
          invoke: {
            id: 'checkRestore',
            src: 'checkRestore',
            input: ({ context }) => ({ level: context.claimLevel!, claim: context.claim! }),
            onDone: [
              {
                // A game saved at a delegation's seat goes on at that seat.
                guard: ({ event }) => event.output.ok && event.output.seat !== undefined,
                target: '#app.seating',
                actions: assign(({ context, event }) => restoredGame(context, event.output)),
              },
              // Otherwise as the envoy (the restored game has no seat, so `restoredGame` sets none).
              { guard: ({ event }) => event.output.ok, target: '#app.playing', actions: assign(({ context, event }) => restoredGame(context, event.output)) },
              { target: '#app.menu', actions: 'restoreRefused' },
            ],
            onError: { target: '#app.menu', actions: 'restoreFailed' },
          },
        },
      },
    },
    // A scenario picked from the menu's list: load and validate it, then start the held game.
    loading: {
      invoke: {
        id: 'loadLevel',
        src: 'loadLevel',
        input: ({ context }) => ({ levelId: context.levelId }),
        onDone: [
          {
            guard: ({ event }) => event.output.ok,
            target: 'briefing',
            actions: assign(({ context, event }) => {
              if (!event.output.ok) return {};
              const level = event.output.level;
              const { seed, difficulty, seat } = startHeld(context);
              return { level, error: null, pending: null, ...newGame(level, engine().createGame(level, { seed, difficulty }), seat) };
            }),
          },
          { target: 'error', actions: assign(({ event }) => ({ pending: null, ...levelRefused(event.output) })) },
        ],
        onError: { target: 'error', actions: assign(({ event }) => ({ pending: null, ...loaderFailed(event.error) })) },
      },
    },
    settings: { on: { CLOSE_SETTINGS: 'menu' } },
    briefing: {
      on: { BEGIN: [{ guard: 'atSeat', target: 'seating', actions: 'skipBefore' }, { target: 'playing', actions: 'skipBefore' }], CHECK_START: 'precheck', TO_MENU: 'menu' },
    },
    // The concept check before play (offered on the briefing); answering or skipping starts the game.
    precheck: {
      on: {
        CHECK_SUBMIT: [{ guard: 'atSeat', target: 'seating', actions: 'answerBefore' }, { target: 'playing', actions: 'answerBefore' }],
        CHECK_SKIP: [{ guard: 'atSeat', target: 'seating', actions: 'skipBefore' }, { target: 'playing', actions: 'skipBefore' }],
        TO_MENU: 'menu',
      },
    },
    // The player at a delegation's seat: the AI envoy and the other delegation play the rest.
    seating: {
      invoke: {
        id: 'seat',
        src: 'seatRound',
        input: ({ context }) => seatInput(context),
        onDone: { target: 'debrief', actions: assign(({ context, event }) => seatFinished(context, event.output.game)) },
      },
      on: { TO_MENU: 'menu' },
      ...PAUSABLE,
    },
    playing: {
      invoke: {
        id: 'round',
        src: 'round',
        input: ({ context }) => ({
          level: context.level!, game: context.game!, phase: phaseOf(context.game!), teams: teamSides(context.players), notes: context.notes,
        }),
        onDone: [
          { guard: 'asksAfter', target: 'postcheck', actions: assign(({ event }) => ({ game: event.output.game, notes: event.output.notes })) },
          { target: 'debrief', actions: assign(({ event }) => ({ game: event.output.game, notes: event.output.notes })) },
        ],
      },
      on: { TO_MENU: 'menu' },
      ...PAUSABLE,
    },
    // The concept check after play: answered, it shows each question's explanation until Continue.
    postcheck: {
      on: {
        CHECK_SUBMIT: { guard: 'afterOpen', actions: 'answerAfter' },
        CHECK_SKIP: { target: 'debrief', actions: 'skipAfter' },
        CHECK_CONTINUE: { guard: 'afterAnswered', target: 'debrief' },
        TO_MENU: 'menu',
      },
    },
    debrief: {
      on: {
        CHECK_START: { guard: 'afterOpen', target: 'postcheck' },
        MEMO: { actions: 'writeMemo' },
        TO_MENU: 'menu',
        // A game played at a delegation's seat is tried again at that seat.
        TRY_AGAIN: [
          { guard: and(['atSeat', 'playedDay']), target: 'seating', actions: 'tryAgain' },
          { guard: 'playedDay', target: 'playing', actions: 'tryAgain' },
        ],
        NEW_GAME: [
          { guard: 'otherLevel', target: 'loading', actions: 'holdNewGame' },
          { target: 'briefing', actions: 'startGame' },
        ],
      },
    },
  },
});
