// The app flow as an xstate machine: boot (load and validate the scenario) → menu → briefing →
// playing (the round machine) → debrief → menu, plus settings and an error screen for a bad level.

import { assign, fromPromise, setup } from 'xstate';
import type { Difficulty, Level } from '../sim/level';
import type { GameState } from '../sim/state';
import { createGame } from '../sim/game';
import { roundMachine } from './round';
import { loadLevelFromText } from '../content/levels';
import type { AppEvent } from './events';

/** Result of loading a level: the level, or one `file: path: message` line per problem. */
export type LevelLoad = { ok: true; level: Level } | { ok: false; errors: string[] };

/** Context of the app machine. */
export interface AppContext {
  levelId: string;
  level: Level | null;
  game: GameState | null;
  error: string | null;
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
      const r = loadLevelFromText(event.file, event.text);
      return r.ok ? { level: r.level, levelId: r.level.id, game: null, error: null } : { error: r.errors.join('\n') };
    }),
    startGame: assign(({ context, event }) => {
      if (!context.level || event.type !== 'NEW_GAME') return {};
      const difficulty: Difficulty = event.difficulty ?? 'tense';
      return { game: createGame(context.level, { seed: event.seed ?? freshSeed(), difficulty }) };
    }),
  },
}).createMachine({
  id: 'app',
  initial: 'boot',
  context: ({ input }) => ({ levelId: input.levelId, level: null, game: null, error: null }),
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
        NEW_GAME: { target: 'briefing', actions: 'startGame' },
        OPEN_SETTINGS: 'settings',
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
        input: ({ context }) => ({ level: context.level!, game: context.game! }),
        onDone: { target: 'debrief', actions: assign(({ event }) => ({ game: event.output.game })) },
      },
      on: { TO_MENU: 'menu' },
    },
    debrief: {
      on: { TO_MENU: 'menu', NEW_GAME: { target: 'briefing', actions: 'startGame' } },
    },
  },
});
