// The sensitivity setting, for students close to the conflict: incidents are marked to show the
// scenario's gentler `softText` (and drop the casualty count from their wording, though the
// lives-lost meter still counts), and a content note shows before play. Applied once to the view model, so every
// view (report, meters, live region, debrief) reads the same softened words.

import type { Level } from '../sim/level';
import type { GameState, IncidentEvent, MeterChange } from '../sim/state';
import type { ViewModel } from '../machines/view-model';
import { t } from '../i18n/i18n';

/** The note shown before play when a scenario has no `contentNote` of its own, in the current language. */
export function defaultContentNote(): string {
  return t('menu.contentNote.default');
}

/** The default note in English, the source language (kept for code that compares against it). */
export const DEFAULT_CONTENT_NOTE = defaultContentNote();

/** The content note for a level: its own, or the default one. */
export function contentNote(level: Level): string {
  return level.contentNote ?? defaultContentNote();
}

/** An incident as the sensitive view shows it: soft text and no death count, when a soft text exists. */
export function softIncident(level: Level, e: IncidentEvent): IncidentEvent {
  const def = level.incidents.find((d) => d.id === e.id);
  if (def?.softText === undefined) return e;
  return { ...e, soft: true, deaths: 0 };
}

/** Meter changes an incident caused, pointed at its soft text. */
function softChanges(changes: MeterChange[]): MeterChange[] {
  const soft = (c: MeterChange) => c.cause.key === 'sim.cause.incident' && c.cause.args?.['soft'] !== 1;
  return changes.some(soft) ? changes.map((c) => (soft(c) ? { ...c, cause: { key: c.cause.key, args: { ...c.cause.args, soft: 1 } } } : c)) : changes;
}

/** The game with every incident text and incident-caused meter change softened. */
export function softenGame(level: Level, game: GameState): GameState {
  return {
    ...game,
    roundChanges: softChanges(game.roundChanges),
    reports: game.reports.map((r) => ({ ...r, incidents: r.incidents.map((i) => softIncident(level, i)), changes: softChanges(r.changes) })),
  };
}

const softened = new WeakMap<GameState, GameState>();

/** The softened copy of `game`, the same object each time for the same game. */
function softenedOf(level: Level, game: GameState): GameState {
  let soft = softened.get(game);
  if (!soft) {
    soft = softenGame(level, game);
    softened.set(game, soft);
  }
  return soft;
}

/**
 * The view model as the sensitivity setting wants it shown. The same game always gives the same
 * softened object, so views that redraw only on a new game object stay quiet. The games finished at
 * a delegation's seat are softened too, so the debrief still finds the game on screen among them
 * (its seat panel, and the seat its downloads name).
 */
export function sensitiveViewModel(vm: ViewModel, on: boolean): ViewModel {
  if (!on || !vm.level || !vm.game) return vm;
  const level = vm.level;
  const game = softenedOf(level, vm.game);
  return vm.seatRuns ? { ...vm, game, seatRuns: vm.seatRuns.map((r) => ({ ...r, game: softenedOf(level, r.game) })) } : { ...vm, game };
}
