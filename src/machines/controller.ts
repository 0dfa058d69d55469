// The one object the views talk to: it runs the app machine (and its round child), routes the
// views' events to the right machine, and turns both snapshots into one flat view model.

import { createActor, fromPromise, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { appMachine, type LevelLoad } from './app';
import type { roundMachine } from './round';
import type { AppEvent, RoundEvent } from './events';
import type { Screen, ViewModel } from './view-model';

const ROUND_EVENTS = new Set<string>(['CONTINUE', 'ACT', 'PROPOSE', 'END_ROUND']);

/** What the composition root and tests use to drive the game. */
export interface Controller {
  send(event: AppEvent | RoundEvent): void;
  getViewModel(): ViewModel;
  subscribe(fn: (vm: ViewModel) => void): () => void;
  start(): void;
}

type AppSnapshot = SnapshotFrom<typeof appMachine>;
type RoundRef = ActorRefFrom<typeof roundMachine>;

/** Flattens the app snapshot (and the round child's, while playing) into a view model. */
export function toViewModel(app: AppSnapshot): ViewModel {
  const round = app.children.round as RoundRef | undefined;
  if (app.matches('playing') && round) {
    const r = round.getSnapshot();
    const phase = (r.value === 'done' || r.value === 'check' ? 'world' : r.value) as Screen;
    return { screen: phase, level: r.context.level, game: r.context.game, error: null, refusal: r.context.refusal };
  }
  // While a scenario picked from the menu loads, the loading screen (boot's) shows.
  const screen = (app.value === 'loading' ? 'boot' : app.value) as Screen;
  return { screen, level: app.context.level, game: app.context.game, error: app.context.error, refusal: null };
}

/** Creates the controller around a level loader (the real one loads from `levels/`). */
export function createController(levelId: string, load: (id: string) => Promise<LevelLoad>): Controller {
  const machine = appMachine.provide({ actors: { loadLevel: fromPromise(({ input }) => load(input.levelId)) } });
  const actor = createActor(machine, { input: { levelId } });
  const listeners = new Set<(vm: ViewModel) => void>();
  let watched: RoundRef | undefined;
  const emit = () => {
    const vm = toViewModel(actor.getSnapshot());
    for (const fn of listeners) fn(vm);
  };
  actor.subscribe((snap) => {
    const round = snap.children.round as RoundRef | undefined;
    if (round && round !== watched) {
      watched = round;
      round.subscribe(emit);
    }
    emit();
  });
  return {
    send(event) {
      const snap = actor.getSnapshot();
      const round = snap.children.round as RoundRef | undefined;
      if (snap.matches('playing') && round && ROUND_EVENTS.has(event.type)) round.send(event as RoundEvent);
      else actor.send(event as AppEvent);
    },
    getViewModel: () => toViewModel(actor.getSnapshot()),
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    start: () => {
      actor.start();
    },
  };
}
