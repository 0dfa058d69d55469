// The one object the views talk to: it runs the app machine (and its round child), routes the
// views' events to the right machine, and turns both snapshots into one flat view model.

import { createActor, fromPromise, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { appMachine, type AppInput, type LevelLoad, type Restored, type RestoreRead, type RestoreClaim, type Restorer } from './app';
import type { RestoreRequest } from './events';
import { loadEngine } from './engine-load';
import type { Level } from '../sim/level';
import { roundMachine } from './round';
import { seatRoundMachine } from './seat-round';
import type { AppEvent, RoundEvent } from './events';
import type { SeatEvent } from './events';
import type { HotseatView, SeatPlayView, Screen, ViewModel } from './view-model';

/** The events the round machine takes (read from the machine, so a new round event is routed without a list to update). */
const ROUND_EVENTS = new Set<string>(roundMachine.root.events.map(String));
/** The events of a game at a delegation's seat. */
const SEAT_EVENTS = new Set<string>(seatRoundMachine.root.events.map(String));

/** What the composition root may add: the restorer (saves and codes) and the deep link's input. */
export interface ControllerOptions extends Omit<AppInput, 'levelId'> {
  restorer?: Restorer;
}

/** What the composition root and tests use to drive the game. */
export interface Controller {
  send(event: AppEvent | RoundEvent): void;
  getViewModel(): ViewModel;
  subscribe(fn: (vm: ViewModel) => void): () => void;
  start(): void;
}

type AppSnapshot = SnapshotFrom<typeof appMachine>;
type RoundRef = ActorRefFrom<typeof roundMachine>;
type SeatRef = ActorRefFrom<typeof seatRoundMachine>;

/** Flattens the app snapshot (and the round child's, while playing) into a view model. */
export function toViewModel(app: AppSnapshot): ViewModel {
  const round = app.children.round as RoundRef | undefined;
  const shared = {
    notice: app.context.notice, players: app.context.players, question: app.matches('menu') ? app.context.question : null, seatRuns: app.context.seatRuns, grade: app.context.grade,
  };
  const seatChild = app.children.seat as SeatRef | undefined;
  if (app.matches('seating') && seatChild) {
    const r = seatChild.getSnapshot();
    const value = String(r.value);
    const stage = (value === 'answering' || value === 'responding' || value === 'world' ? value : value === 'own' ? 'own' : 'world') as SeatPlayView['stage'];
    return {
      screen: 'seat', level: r.context.level, game: r.context.game, error: null, refusal: r.context.refusal, hotseat: null,
      paused: app.matches({ seating: 'paused' }), notes: {}, seat: { side: r.context.seat, stage, pending: r.context.pending }, ...shared,
    };
  }
  if (app.matches('playing') && round) {
    const r = round.getSnapshot();
    const value = r.value;
    // Hot-seat play happens on the acting screen, with the pass-the-device stage beside it.
    const phase = (typeof value === 'object' ? 'acting' : value === 'done' || value === 'check' ? 'world' : value) as Screen;
    const held = r.context.held;
    const hotseat: HotseatView | null = typeof value === 'object' && 'hotseat' in value && held
      ? { stage: value.hotseat as HotseatView['stage'], side: held.side, proposal: held.proposal, answers: held.answers, teams: r.context.teams }
      : null;
    return {
      screen: phase, level: r.context.level, game: r.context.game, error: null, refusal: r.context.refusal,
      hotseat, paused: app.matches({ playing: 'paused' }), notes: r.context.notes, ...shared,
    };
  }
  // While a scenario picked from the menu loads, or a save is restored, the loading screen (boot's) shows.
  const screen = (app.value === 'loading' || app.matches('restoring') ? 'boot' : app.value) as Screen;
  return {
    screen, level: app.context.level, game: app.context.game, error: app.context.error, refusal: null,
    hotseat: null, paused: false, notes: app.context.notes, ...shared,
  };
}

/** Creates the controller around a level loader (the real one loads from `levels/`). */
export function createController(levelId: string, load: (id: string) => Promise<LevelLoad>, options: ControllerOptions = {}): Controller {
  const { restorer, ...input } = options;
  const machine = appMachine.provide({
    actors: {
      // The first scenario loads without the rules engine (the menu needs only its words); every
      // later load, which starts or restores a game, waits for the engine as well.
      loadLevel: fromPromise(async ({ input }) => (input.engine === false ? load(input.levelId) : (await Promise.all([load(input.levelId), loadEngine()]))[0])),
      ...(restorer ? {
        readRestore: fromPromise<RestoreRead, { request: RestoreRequest }>(({ input }) => restorer.read(input.request)),
        checkRestore: fromPromise<Restored, { level: Level; claim: RestoreClaim }>(async ({ input }) => {
          await loadEngine();
          return restorer.check(input.level, input.claim);
        }),
      } : {}),
    },
  });
  const actor = createActor(machine, { input: { levelId, ...input } });
  const listeners = new Set<(vm: ViewModel) => void>();
  let watched: RoundRef | undefined;
  let watchedSeat: SeatRef | undefined;
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
    const seat = snap.children.seat as SeatRef | undefined;
    if (seat && seat !== watchedSeat) {
      watchedSeat = seat;
      seat.subscribe(emit);
    }
    emit();
  });
  return {
    send(event) {
      const snap = actor.getSnapshot();
      const round = snap.children.round as RoundRef | undefined;
      // While paused, the round takes no events (the dialog is over it); the app takes the rest.
      if (SEAT_EVENTS.has(event.type)) {
        const seat = snap.children.seat as SeatRef | undefined;
        if (snap.matches({ seating: 'running' }) && seat) seat.send(event as SeatEvent);
        return;
      }
      if (ROUND_EVENTS.has(event.type)) {
        if (snap.matches({ playing: 'running' }) && round) round.send(event as RoundEvent);
        return;
      }
      actor.send(event as AppEvent);
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
