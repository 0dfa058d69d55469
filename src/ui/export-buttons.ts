// The debrief's take-away controls: "Print debrief" (the print stylesheet turns the page into a
// clean black-on-white handout the browser can save as PDF) and downloads of the decision log as
// CSV and JSON, made on the device through a Blob link.

import type { Level } from '../sim/level';
import type { GameState } from '../sim/state';
import { downloadText, exportFileName, toCsv, toJson } from '../platform/export';
import { button, h } from './dom';
import type { TeamNotes } from '../machines/hotseat';
import { t } from '../i18n/i18n';

/** The row of Print / Download buttons for a finished game; hidden when printing. */
export function exportButtons(level: Level, game: GameState, notes: TeamNotes = {}): HTMLElement {
  const doc = document;
  return h('div', { class: 'button-row export-row no-print', role: 'group', 'aria-label': t('debrief.export.group') },
    button(t('debrief.export.print'), () => doc.defaultView?.print(), { 'data-focus': 'print' }),
    button(t('debrief.export.csv'), () => downloadText(doc, exportFileName(game, 'csv'), 'text/csv;charset=utf-8', toCsv(level, game, notes)),
      { 'data-focus': 'csv', title: t('debrief.export.csvTitle') }),
    button(t('debrief.export.json'), () => downloadText(doc, exportFileName(game, 'json'), 'application/json', toJson(level, game, notes)),
      { 'data-focus': 'json', title: t('debrief.export.jsonTitle') }),
  );
}
