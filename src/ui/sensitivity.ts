// The sensitivity setting, for students close to the conflict: incident texts use the scenario's
// gentler `softText` (and drop the casualty count from their wording, though the lives-lost meter
// still counts), and a content note shows before play. Applied once to the view model, so every
// view (report, meters, live region, debrief) reads the same softened words.

import type { IncidentDef, Level, SideId } from '../sim/level';
import type { GameState, IncidentEvent, MeterChange } from '../sim/state';
import type { ViewModel } from '../machines/view-model';

/** The note shown before play when a scenario has no `contentNote` of its own. */
export const DEFAULT_CONTENT_NOTE =
  'This scenario is about an armed conflict. It mentions deaths, injuries and families forced from their homes, in words only; there are no images of casualties. You can stop at any time from the menu.';

/** The content note for a level: its own, or the default one. */
export function contentNote(level: Level): string {
  return level.contentNote ?? DEFAULT_CONTENT_NOTE;
}

function fill(level: Level, text: string, victim: SideId): string {
  const other: SideId = victim === 'th' ? 'kh' : 'th';
  return text.replaceAll('{victim}', level.sides[victim].name).replaceAll('{other}', level.sides[other].name);
}

const cache = new WeakMap<Level, Map<string, string>>();

/** Each incident's shown text (placeholders filled, for either victim) mapped to its soft text. */
export function softTexts(level: Level): Map<string, string> {
  let map = cache.get(level);
  if (map) return map;
  map = new Map();
  for (const def of level.incidents as IncidentDef[]) {
    if (def.softText === undefined) continue;
    for (const side of ['th', 'kh'] as const) map.set(fill(level, def.text, side), fill(level, def.softText, side));
  }
  cache.set(level, map);
  return map;
}

/** An incident as the sensitive view shows it: soft text and no death count, when a soft text exists. */
export function softIncident(level: Level, e: IncidentEvent): IncidentEvent {
  const def = level.incidents.find((d) => d.id === e.id);
  if (def?.softText === undefined) return e;
  return { ...e, text: e.softText ?? fill(level, def.softText, e.victim), deaths: 0 };
}

function softChanges(map: Map<string, string>, changes: MeterChange[]): MeterChange[] {
  return changes.some((c) => map.has(c.cause)) ? changes.map((c) => ({ ...c, cause: map.get(c.cause) ?? c.cause })) : changes;
}

/** The game with every incident text and incident-caused meter change softened. */
export function softenGame(level: Level, game: GameState): GameState {
  const map = softTexts(level);
  return {
    ...game,
    roundChanges: softChanges(map, game.roundChanges),
    reports: game.reports.map((r) => ({ ...r, incidents: r.incidents.map((i) => softIncident(level, i)), changes: softChanges(map, r.changes) })),
  };
}

const softened = new WeakMap<GameState, GameState>();

/**
 * The view model as the sensitivity setting wants it shown. The same game always gives the same
 * softened object, so views that redraw only on a new game object stay quiet.
 */
export function sensitiveViewModel(vm: ViewModel, on: boolean): ViewModel {
  if (!on || !vm.level || !vm.game) return vm;
  let game = softened.get(vm.game);
  if (!game) {
    game = softenGame(vm.level, vm.game);
    softened.set(vm.game, game);
  }
  return { ...vm, game };
}
