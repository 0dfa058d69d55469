// Words shared by the class pages: error codes from the server, a decision or inject in a line,
// and a table's result, in the page's language.

import type { Level } from '../sim/level';
import type { TableEntry } from '../sim/inject';
import type { GameState } from '../sim/state';
import { t, tKey } from '../i18n/i18n';
import { leverLabel, say } from '../ui/say';
import { sideName } from '../ui/format';
import { incidentText } from '../sim/incident-text';

/** An error the server sent, in words. */
export function errorWords(level: Level | null, e: { code?: string; reason?: { key: string; args?: Record<string, string | number> } }): string {
  if (e.code === 'refused' && e.reason && level) return say(level, e.reason);
  return tKey(`class.error.${e.code ?? 'unknown'}`, undefined, t('class.error.unknown'));
}

/** One log entry in a line: a decision's label, or an inject's text (shown as text only). */
export function entryWords(level: Level, e: TableEntry): string {
  if (e.type === 'inject') {
    if ('news' in e) return t('class.table.news', { text: e.news });
    const def = level.incidents.find((d) => d.id === e.incident);
    return t('class.table.incident', { text: def ? incidentText(level, def, e.victim) : e.incident });
  }
  if (e.type === 'statement') return t('class.table.statement', { tone: t(`class.table.${e.tone}`), side: sideName(level, e.side) });
  if ('side' in e) return t('class.table.side', { lever: leverLabel(e.type), side: sideName(level, e.side) });
  return leverLabel(e.type);
}

/** A table's result in a line (`ended`: the session is over, so a game without a result stopped). */
export function outcomeWords(game: GameState | null, ended = true): string {
  const o = game?.outcome;
  if (!o) return t(ended ? 'class.outcome.none' : 'class.outcome.playing');
  return t(`class.outcome.${o.kind}`, { score: Math.round(o.score) });
}
