// The class export: every table's seed and log as JSON (replayable with `replayTable`), and the same
// logs as CSV rows for a spreadsheet, with names and typed text defused against formulas.

import type { Level } from '../sim/level';
import type { ClassView } from './connection';
import { csvCell } from '../platform/export';
import { entryWords } from './words';
import { checksForExport, type ClassChecks } from './check-debrief';

/** The JSON export: enough to replay every table. */
export function classJson(code: string, view: ClassView, seed: number, difficulty: string, checks: ClassChecks = {}): string {
  return JSON.stringify({
    format: 'asean-mediator-class', v: 1, code, levelId: view.levelId, seed, difficulty,
    tables: view.tables.map((t) => ({
      id: t.id, name: t.name, students: view.seats.filter((s) => s.table === t.id).map((s) => s.name),
      outcome: t.game?.outcome ?? null, accord: t.game?.accord ?? null, log: t.log,
    })),
    checks: checksForExport(view, checks),
  }, null, 2);
}

/** The CSV export: one row per log entry of every table. */
export function classCsv(level: Level, view: ClassView): string {
  const rows = [['table', 'students', 'step', 'entry', 'words', 'result', 'score'].join(',')];
  for (const t of view.tables) {
    const students = view.seats.filter((s) => s.table === t.id).map((s) => s.name).join('; ');
    t.log.forEach((e, i) => {
      rows.push([t.name, students, i + 1, e.type, entryWords(level, e), t.game?.outcome?.kind ?? '', t.game?.outcome ? Math.round(t.game.outcome.score) : '']
        .map((c) => csvCell(c as string | number)).join(','));
    });
  }
  return rows.join('\r\n') + '\r\n';
}

/** Offers `text` as a file download. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
