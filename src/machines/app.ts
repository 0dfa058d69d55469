// The app flow as an xstate machine: boot (load and validate the scenario) → menu → briefing →
// playing (the round machine) → debrief → menu, plus settings and an error screen for a bad level.
// A game started for another scenario (the menu's campaign list) loads it first (`loading`).

import { assign, fromPromise, setup } from 'xstate';
import type { Difficulty, Level } from '../sim/level';
import type { GameState } from '../sim/state';
import { createGame } from '../sim/game';
import { roundMachine } from './round';
import { openTeacherFile } from '../content/level-gate';
import type { AppEvent } from './events';
import { phaseOf } from './save';

/** Result of loading a level: the level, or one `file: path: message` line per problem. */
export type LevelLoad = { ok: true; level: Level } | { ok: false; errors: string[] };

/** Context of the app machine. */
export interface AppContext {
  levelId: string;
  level: Level | null;
  game: GameState | null;
  error: string | null;
  /** The seed and difficulty of a NEW_GAME waiting for its scenario to load. */
  pending: { seed?: number; difficulty?: Difficulty } | null;
}

/** Picks a seed when the player did not give one (outside the sim, which never draws its own). */
function freshSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

/** The app's screens and how the player moves between them. */
export const appMachine = setup({
  types: {
    context: {} as AppContext,
    events: {} as AppEvent,
    input: {} as { levelId: string },
  },
  actors: {
    loadLevel: fromPromise<LevelLoad, { levelId: string }>(async () => ({ ok: false, errors: ['no level loader was provided'] })),
    round: roundMachine,
  },
  actions: {
    openFile: assign(({ event }) => {
      if (event.type !== 'LEVEL_TEXT') return {};
      const r = openTeacherFile(event.file, event.text);
      return r.ok ? { level: r.level, levelId: r.level.id, game: null, error: null } : { error: r.errors.join('\n') };
    }),
    startGame: assign(({ context, event }) => {
      if (!context.level || event.type !== 'NEW_GAME') return {};
      const difficulty: Difficulty = event.difficulty ?? 'tense';
      return { game: createGame(context.level, { seed: event.seed ?? freshSeed(), difficulty }) };
    }),
    /** Takes a restored game (autosave or resume code) and its scenario. */
    resumeGame: assign(({ event }) =>
      event.type === 'RESUME' ? { levelId: event.levelId, level: event.level, game: event.game, error: null, pending: null } : {},
    ),
    /** Remembers a NEW_GAME for another scenario while that scenario loads. */
    holdNewGame: assign(({ event }) => {
      if (event.type !== 'NEW_GAME' || event.levelId === undefined) return {};
      return { levelId: event.levelId, pending: { seed: event.seed, difficulty: event.difficulty } };
    }),
  },
  guards: {
    /** NEW_GAME names a scenario other than the one loaded. */
    otherLevel: ({ context, event }) => event.type === 'NEW_GAME' && event.levelId !== undefined && event.levelId !== context.level?.id,
  },
}).createMachine({
  id: 'app',
  initial: 'boot',
  context: ({ input }) => ({ levelId: input.levelId, level: null, game: null, error: null, pending: null }),
  states: {
    boot: {
      invoke: {
        id: 'loadLevel',
        src: 'loadLevel',
        input: ({ context }) => ({ levelId: context.levelId }),
        onDone: [
          {
            guard: ({ event }) => event.output.ok,
            target: 'menu',
            actions: assign(({ event }) => (event.output.ok ? { level: event.output.level, error: null } : {})),
          },
          { target: 'error', actions: assign(({ event }) => (event.output.ok ? {} : { error: event.output.errors.join('\n') })) },
        ],
        onError: { target: 'error', actions: assign(({ event }) => ({ error: String(event.error) })) },
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
          { target: 'briefing', actions: 'startGame' },
        ],
        OPEN_SETTINGS: 'settings',
        RESUME: { target: 'playing', actions: 'resumeGame' },
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
              const { seed = freshSeed(), difficulty = 'tense' } = context.pending ?? {};
              return { level, error: null, pending: null, game: createGame(level, { seed, difficulty }) };
            }),
          },
          { target: 'error', actions: assign(({ event }) => (event.output.ok ? { pending: null } : { pending: null, error: event.output.errors.join('\n') })) },
        ],
        onError: { target: 'error', actions: assign(({ event }) => ({ pending: null, error: String(event.error) })) },
      },
    },
    settings: { on: { CLOSE_SETTINGS: 'menu' } },
    briefing: {
      on: { BEGIN: 'playing', TO_MENU: 'menu' },
    },
    playing: {
      invoke: {
        id: 'round',
        src: 'round',
        input: ({ context }) => ({ level: context.level!, game: context.game!, phase: phaseOf(context.game!) }),
        onDone: { target: 'debrief', actions: assign(({ event }) => ({ game: event.output.game })) },
      },
      on: { TO_MENU: 'menu' },
    },
    debrief: {
      on: {
        TO_MENU: 'menu',
        NEW_GAME: [
          { guard: 'otherLevel', target: 'loading', actions: 'holdNewGame' },
          { target: 'briefing', actions: 'startGame' },
        ],
      },
    },
  },
});
