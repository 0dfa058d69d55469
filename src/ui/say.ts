// Words the sim's messages and the shared vocabulary (levers, rounds, lists, percentages) in the
// player's language. The sim says `{ key: 'sim.cause.listened', args: { side: 'th' } }`; this
// file turns the ids in the arguments into the level's names and the key into a sentence.

import type { IssueId, Level, SideId } from '../sim/level';
import type { Msg } from '../sim/message';
import type { ActionType, IncidentEvent } from '../sim/state';
import { incidentText } from '../sim/incident-text';
import { locale, t, tKey, type MessageVars } from '../i18n/i18n';
import { listText, numberText } from '../i18n/intl';

/** The lever's name in the current language ("Host talks"). */
export function leverLabel(type: ActionType | 'propose'): string {
  // A delegation's own levers are named in the `seat` group.
  return tKey(`common.lever.${type}.label`, undefined, tKey(`seat.lever.${type}.label`, undefined, type));
}

/** The lever's one-line description in the current language. */
export function leverDescription(type: ActionType): string {
  return tKey(`common.lever.${type}.description`, undefined, '');
}

/** "day 3" / "week 3" in the level's round unit and the current language. */
export function roundName(level: Level, n: number): string {
  return t('common.round', { label: level.roundLabel, n });
}

/** "Day 3": the round as a heading or at the start of a line, capitalised where the script has capitals (Thai and Khmer read as given). */
export function roundTitle(level: Level, n: number): string {
  const words = roundName(level, n);
  return `${words.charAt(0).toLocaleUpperCase(locale())}${words.slice(1)}`;
}

/** A 0..1 share as a whole percentage in the current locale ("48%"). */
export function percent(x: number): string {
  return numberText(x, { style: 'percent', maximumFractionDigits: 0 });
}

/** Items joined as the current language joins a list ("a, b and c"). */
export function list(items: readonly string[]): string {
  return listText(items);
}

function isSide(level: Level, x: unknown): x is SideId {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(level.sides, x);
}

/** Resolves one argument by the conventions documented on `Msg`. */
function resolve(level: Level, name: string, value: string | number, args: Msg['args']): string | number {
  if (name === 'side' && isSide(level, value)) return level.sides[value].name;
  if (name === 'capital' && isSide(level, value)) return level.sides[value].capital;
  if (name === 'lever' && typeof value === 'string') return leverLabel(value as ActionType);
  if (name === 'issues' && typeof value === 'string') {
    return list(value.split(',').filter(Boolean).map((id) => level.issues.find((i) => i.id === (id as IssueId))?.label ?? id));
  }
  if (name === 'round' && typeof value === 'number') return roundName(level, value);
  if (name === 'incident' && typeof value === 'string') {
    const def = level.incidents.find((i) => i.id === value);
    const side = args?.['side'];
    return def && isSide(level, side) ? incidentText(level, def, side, args?.['soft'] === 1) : value;
  }
  if (name === 'soft') return value;
  if (name.endsWith('Pct') && typeof value === 'number') return percent(value);
  return value;
}

/** An incident's words in the current language (the gentler text when the view softened it). */
export function incidentLine(level: Level, e: IncidentEvent): string {
  const def = level.incidents.find((i) => i.id === e.id);
  return def ? incidentText(level, def, e.victim, e.soft === true) : e.id;
}

/** A sim message in the player's language, with names and labels from `level`. */
export function say(level: Level, m: Msg): string {
  const vars: MessageVars = {};
  for (const [name, value] of Object.entries(m.args ?? {})) vars[name] = resolve(level, name, value, m.args);
  return tKey(m.key, vars);
}

/** The language a piece of source text (a cited title) is written in, guessed from its script. */
export function scriptLang(text: string): 'th' | 'km' | 'en' {
  if (/[\u0E00-\u0E7F]/.test(text)) return 'th';
  if (/[\u1780-\u17FF]/.test(text)) return 'km';
  return 'en';
}
