// The adapter between a class table on the server and the solo screens: it runs the table machine,
// feeds it the table's state as the room sends it, hands the screens' events to it, sends the
// intents it makes to the room, and turns its snapshot into the same view model the solo game's
// controller gives the screens (so `createPresenter` and `mountUI` take it as they take the solo one).

import { createActor } from 'xstate';
import type { Level } from '../sim/level';
import type { GameState } from '../sim/state';
import type { Msg } from '../sim/message';
import type { AppEvent, RoundEvent } from '../machines/events';
import type { Screen, ViewModel } from '../machines/view-model';
import { tableMachine, type Intent, type SessionPhase } from './table-machine';

/** A class table as the solo screens see it. */
export interface RemoteTableSource {
  /** The table's state as the server sent it (call on every change of the room's state). */
  update(game: GameState, session: SessionPhase): void;
  /** The server refused this page's last decision, with the sim's own reason. */
  refused(reason: Msg): void;
  /** The screens' events (the `send` given to `mountUI`); events of the solo menu are ignored. */
  send(event: AppEvent | RoundEvent): void;
  getViewModel(): ViewModel;
  subscribe(fn: (vm: ViewModel) => void): () => void;
  /** Stops the machine (the student left this table). */
  stop(): void;
}

const ROUND_EVENTS: ReadonlySet<string> = new Set(['CONTINUE', 'ACT', 'PROPOSE', 'END_ROUND']);

/**
 * A table named `name` of scenario `level` (as loaded, not yet in the page's language: the
 * presenter localizes it); `sendIntent` delivers a decision to the room.
 */
export function createRemoteTable(level: Level, name: string, sendIntent: (intent: Intent) => void): RemoteTableSource {
  const machine = tableMachine.provide({ actions: { intent: (_, params: Intent) => sendIntent(params) } });
  const actor = createActor(machine, { input: { level, name } });
  const listeners = new Set<(vm: ViewModel) => void>();
  const toViewModel = (): ViewModel => {
    const snap = actor.getSnapshot();
    const c = snap.context;
    const screen: Screen = snap.value === 'waiting' ? 'boot' : (snap.value as Screen);
    return {
      screen, level: c.level, game: c.game, error: null, refusal: c.refusal, hotseat: null,
      paused: c.session === 'lobby' || c.session === 'paused', notes: {}, notice: null, question: null,
      players: { th: 'ai', kh: 'ai' }, remote: { name: c.name, ended: c.session === 'ended' },
    };
  };
  actor.subscribe(() => {
    const vm = toViewModel();
    for (const fn of listeners) fn(vm);
  });
  actor.start();
  return {
    update: (game, session) => actor.send({ type: 'SERVER', game, session }),
    refused: (reason) => actor.send({ type: 'REFUSED', reason }),
    send(event) {
      if (ROUND_EVENTS.has(event.type)) actor.send(event as RoundEvent);
    },
    getViewModel: toViewModel,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    stop: () => actor.stop(),
  };
}
