// An incident's words with its sides filled in. Apart from the drawing of incidents (incidents.ts), so
// the screens can word an incident without carrying the rules engine.

import { otherSide, type IncidentDef, type Level, type SideId } from './level';

/** Fills {victim} and {other} in an incident's text (or its soft version). */
export function incidentText(level: Level, def: IncidentDef, victim: SideId, soft = false): string {
  return (soft ? def.softText ?? def.text : def.text).replaceAll('{victim}', level.sides[victim].name).replaceAll('{other}', level.sides[otherSide(victim)].name);
}
