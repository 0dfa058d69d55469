// A teacher's inject in a class session: an incident from the scenario's own list, or a short news
// flash the teacher writes, sent into one table. Injects sit in the table's log between the
// mediator's decisions, so the seed and that log replay to the same state as in class. The
// mediator's own decision log (`GameState.log`) is left as it is: an inject is not a decision.

import { produce } from 'immer';
import { SIDES, type Difficulty, type Level, type SideId } from './level';
import type { GameState, MediatorAction, StepResult } from './state';
import { createGame, step } from './game';
import { applyIncident } from './incidents';
import { ceasefireInForce } from './terms';
import { msg, type Msg } from './message';

/** Longest news flash, in characters. */
export const NEWS_MAX = 280;

/** An incident of the scenario sent to a table, or a news flash in the teacher's words. */
export type Inject = { type: 'inject'; incident: string; victim: SideId } | { type: 'inject'; news: string };

/** One entry of a class table's log: a mediator's decision or a teacher's inject. */
export type TableEntry = MediatorAction | Inject;

/** Whether a log entry is an inject. */
export function isInject(entry: TableEntry): entry is Inject {
  return entry.type === 'inject';
}

/** Why an inject cannot be applied now, or null when it can. */
export function refuseInject(level: Level, state: GameState, inject: Inject): Msg | null {
  if (state.outcome) return msg('sim.refuse.over');
  if ('news' in inject) {
    const text = inject.news.trim();
    return text.length === 0 || text.length > NEWS_MAX ? msg('sim.refuse.newsLength', { max: NEWS_MAX }) : null;
  }
  const def = level.incidents.find((d) => d.id === inject.incident);
  if (!def) return msg('sim.refuse.unknownIncident');
  if (!SIDES.includes(inject.victim)) return msg('sim.refuse.chooseSide');
  // An incident the scenario places on one side (rockets on a Thai village) strikes that side only.
  if (def.victim !== 'either' && def.victim !== inject.victim) return msg('sim.refuse.incidentSide', { side: def.victim });
  return null;
}

/**
 * Applies an inject. An incident has the same effects as one the round drew (its meter changes are
 * recorded with their cause) and joins the round's report when the round ends; a news flash
 * changes nothing in the game, it is only kept in the table's log.
 */
export function applyInject(level: Level, state: GameState, inject: Inject): StepResult {
  const refusal = refuseInject(level, state, inject);
  if (refusal) return { ok: false, reason: refusal, state };
  if ('news' in inject) return { ok: true, state };
  const def = level.incidents.find((d) => d.id === inject.incident)!;
  return {
    ok: true,
    state: produce(state, (g) => {
      const event = applyIncident(g, def, inject.victim, ceasefireInForce(g.ceasefire), g.roundChanges);
      (g.injected ??= []).push(event);
      g.cues = [event.deaths > 0 ? 'explosion' : 'incident'];
    }),
  };
}

/** Applies one table-log entry: a decision through the sim's own `step`, an inject through `applyInject`. */
export function stepEntry(level: Level, state: GameState, entry: TableEntry): StepResult {
  return isInject(entry) ? applyInject(level, state, entry) : step(level, state, entry);
}

/** Replays a class table's log from its seed (refused entries are skipped, as they were in class). */
export function replayTable(level: Level, seed: number, difficulty: Difficulty, entries: readonly TableEntry[]): GameState {
  let state = createGame(level, { seed, difficulty });
  for (const entry of entries) state = stepEntry(level, state, entry).state;
  return state;
}
