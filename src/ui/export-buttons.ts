// The debrief's take-away controls: "Print debrief" (the print stylesheet turns the page into a
// clean black-on-white handout the browser can save as PDF) and downloads of the decision log as
// CSV and JSON, made on the device through a Blob link. A game played at a delegation's seat is
// exported with that seat (and the code that reopens it there).

import type { Level, SideId } from '../sim/level';
import type { GameState } from '../sim/state';
import { downloadText, exportFileName, toCsv, toJson } from '../platform/export';
import { button, h } from './dom';
import type { TeamNotes } from '../machines/hotseat';
import { t } from '../i18n/i18n';
import type { GradeExport } from '../platform/grade-export';

/**
 * The row of Print / Download buttons for a finished game; hidden when printing. `grade` gives the
 * concept check and memo as they stand when a download is pressed (they go into both files);
 * `seat` is the delegation the game was played at (null: the envoy's game).
 */
export function exportButtons(
  level: Level, game: GameState, notes: TeamNotes = {}, grade: () => Promise<GradeExport | null> = async () => null, seat: SideId | null = null,
): HTMLElement {
  const doc = document;
  const withGrade = (make: (g: GradeExport | null) => void) => () => {
    void grade().catch(() => null).then(make);
  };
  return h('div', { class: 'button-row export-row no-print', role: 'group', 'aria-label': t('debrief.export.group') },
    button(t('debrief.export.print'), () => doc.defaultView?.print(), { 'data-focus': 'print' }),
    button(t('debrief.export.csv'), withGrade((g) => downloadText(doc, exportFileName(game, 'csv', seat), 'text/csv;charset=utf-8', toCsv(level, game, notes, g, seat))),
      { 'data-focus': 'csv', title: t('debrief.export.csvTitle') }),
    button(t('debrief.export.json'), withGrade((g) => downloadText(doc, exportFileName(game, 'json', seat), 'application/json', toJson(level, game, notes, g, seat))),
      { 'data-focus': 'json', title: t('debrief.export.jsonTitle') }),
  );
}
