// Drawing this round's incidents from the hazard that the terms in force set, and applying each
// to the side that suffers it (victim's pressure up, its trust in the other side down).

import type { IncidentDef, Level, OptionEffects, SideId } from './level';
import type { GameState, IncidentEvent, MeterChange } from './state';
import type { Draws } from './rng';
import { accordEffects, airStrikesBarred, ceasefireInForce, incidentHazard } from './terms';
import { nudge, nudgeSigned, otherSide } from './side-effects';
import { markMeters } from './meters';
import { clamp } from './math';
import { exp } from './portable-math';
import { msg } from './message';

/** Draws and applies the round's incidents. Every incident def consumes the same draws, whatever happens. */
export function drawIncidents(
  level: Level, g: GameState, draws: Draws, changes: MeterChange[] | null, effects: readonly OptionEffects[] = accordEffects(level, g),
): IncidentEvent[] {
  const hazard = incidentHazard(level, g, effects);
  const barred = airStrikesBarred(level, g, effects);
  const inForce = ceasefireInForce(g.ceasefire);
  const events: IncidentEvent[] = [];
  for (const def of level.incidents) {
    const happens = draws.chance(1 - exp(-hazard * def.weight));
    const victimDraw = draws.next();
    if (!happens || (barred && def.kind === 'airstrike')) continue;
    const victim: SideId = def.victim === 'either' ? (victimDraw < 0.5 ? 'th' : 'kh') : def.victim;
    events.push(applyIncident(g, def, victim, inForce, changes));
  }
  return events;
}

/** How much an incident raises the fighting: its full intensity, half while a ceasefire is in force. */
export function incidentRise(def: IncidentDef, inForce: boolean): number {
  return def.intensity * (inForce ? 0.5 : 1);
}

/** Applies one incident to `victim` on a draft (the same effects whether drawn or sent by a teacher). */
export function applyIncident(
  g: GameState, def: IncidentDef, victim: SideId, inForce: boolean, changes: MeterChange[] | null,
): IncidentEvent {
  const mark = markMeters(g, changes);
  g.livesLost += def.deaths;
  g.displaced += def.displaced;
  nudge(g, victim, 'pressure', def.pressure);
  nudge(g, victim, 'trustOther', -def.pressure / 2);
  nudge(g, victim, 'pain', def.deaths > 0 || def.displaced > 0 ? 0.04 : 0);
  nudgeSigned(g, victim, 'edge', def.deaths > 0 ? -0.04 : 0);
  nudgeSigned(g, otherSide(victim), 'edge', def.deaths > 0 ? 0.04 : 0);
  g.intensity = clamp(g.intensity + incidentRise(def, inForce));
  mark?.record(msg('sim.cause.incident', { incident: def.id, side: victim }));
  return {
    id: def.id, kind: def.kind, victim, deaths: def.deaths, displaced: def.displaced, site: def.site,
    violation: inForce && def.violation,
  };
}
