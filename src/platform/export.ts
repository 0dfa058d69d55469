// Export of a finished (or unfinished) game for a teacher's gradebook or a workshop's wall: the
// decision log with the meters at the end of each round, as CSV (with a UTF-8 byte-order mark so
// Excel reads Thai and Khmer correctly) and as JSON with the outcome. The meters are rebuilt by
// replaying the log from the seed, so the export needs nothing but the game state and its level.
// Column headers and JSON keys stay in English for machines; the words a person reads in the cells
// (actions, terms, answers) are in the player's language. A branch ("Try again from day N") names
// its parent: a row after the decisions in the CSV, `parent` in the JSON (branch-export.ts). A game
// played at a delegation's seat names the seat the same way, with the code that reopens it there
// (seat-export.ts); the JSON carries every game's resume code.

import type { Level, SideId } from '../sim/level';
import type { GameState, MediatorAction, Outcome } from '../sim/state';
import { createGame, step } from '../sim/game';
import { leverLabel } from '../i18n/lever-words';
import { t } from '../i18n/i18n';
import { GRADE_COLUMNS, gradeCsvRows, type GradeExport } from './grade-export';
import { parentCsvCells, parentExport, type ParentExport } from './branch-export';
import { seatCsvCells, seatExport } from './seat-export';
import { resumeCodeOrNull } from './restore';

/** A team's reason for its answer in hot-seat play, by position of the decision in the log. */
export type TeamNotes = Record<number, Partial<Record<SideId, string>>>;

/** The meters at the end of a round, rounded for reading. */
export interface RoundMeters {
  round: number;
  ceasefire: string;
  livesLost: number;
  displaced: number;
  intensity: number;
  aseanCredibility: number;
  leverageLeft: number;
  minesCleared: number;
  weaponsWithdrawn: number;
  thPressure: number;
  thTrustOther: number;
  thTrustMediator: number;
  thBias: number;
  khPressure: number;
  khTrustOther: number;
  khTrustMediator: number;
  khBias: number;
}

/** One decision of the log, with what it was and the meters at the end of its round. */
export interface DecisionRow {
  step: number;
  round: number;
  action: string;
  details: string;
  meters: RoundMeters | null;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** The meters of a game state, rounded to three decimals. */
export function metersOf(g: GameState, round: number): RoundMeters {
  return {
    round, ceasefire: g.ceasefire, livesLost: Math.round(g.livesLost), displaced: Math.round(g.displaced),
    intensity: r3(g.intensity), aseanCredibility: r3(g.aseanCredibility), leverageLeft: g.leverageLeft,
    minesCleared: r3(g.minesCleared), weaponsWithdrawn: r3(g.weaponsWithdrawn),
    thPressure: r3(g.sides.th.pressure), thTrustOther: r3(g.sides.th.trustOther), thTrustMediator: r3(g.sides.th.trustMediator), thBias: r3(g.sides.th.bias),
    khPressure: r3(g.sides.kh.pressure), khTrustOther: r3(g.sides.kh.trustOther), khTrustMediator: r3(g.sides.kh.trustMediator), khBias: r3(g.sides.kh.bias),
  };
}

/** A decision in words: its label and its details (side, tone, the package and the answers). */
function describe(level: Level, a: MediatorAction, after: GameState, note: Partial<Record<SideId, string>> | undefined): { action: string; details: string } {
  if (a.type === 'end_round') return { action: t('debrief.export.endRound'), details: '' };
  if (a.type === 'propose') {
    const terms = level.issues.map((i) => t('debrief.export.term', {
      issue: i.label, option: i.options.find((o) => o.id === a.proposal[i.id])?.label ?? a.proposal[i.id] ?? '-',
    }));
    const answers = after.answers.map((ans) => {
      const side = level.sides[ans.side].name;
      const answer = a.humans?.[ans.side]
        ? t(`debrief.export.answerByTeam.${ans.verdict}`, { side })
        : t(`debrief.export.answer.${ans.verdict}`, { side });
      const why = note?.[ans.side];
      return why ? t('debrief.export.withReason', { answer, reason: why }) : answer;
    });
    return { action: leverLabel('propose'), details: [terms.join('; '), answers.join('; ')].filter(Boolean).join(' | ') };
  }
  const label = leverLabel(a.type);
  if ('side' in a) {
    const side = level.sides[a.side].name;
    const details = a.type !== 'statement' ? side : a.tone === 'praise' ? t('debrief.export.praise', { side }) : t('debrief.export.blame', { side });
    return { action: label, details };
  }
  return { action: label, details: '' };
}

/** Replays the game's log and returns one row per decision, with per-round meters filled in. */
export function decisionRows(level: Level, game: GameState, notes: TeamNotes = {}): { rows: DecisionRow[]; rounds: RoundMeters[] } {
  let g = createGame(level, { seed: game.seed, difficulty: game.difficulty });
  const rows: DecisionRow[] = [];
  const rounds: RoundMeters[] = [];
  game.log.forEach((action, i) => {
    const round = g.round;
    g = step(level, g, action).state;
    rows.push({ step: i + 1, round, ...describe(level, action, g, notes[i]), meters: null });
    if (action.type === 'end_round') rounds.push(metersOf(g, round));
  });
  for (const row of rows) row.meters = rounds.find((m) => m.round === row.round) ?? null;
  return { rows, rounds };
}

/** Quotes a CSV cell when needed (RFC 4180) and defuses spreadsheet formulas in text cells. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The meter columns of the CSV, in order. */
const METER_KEYS: readonly (keyof RoundMeters)[] = [
  'ceasefire', 'livesLost', 'displaced', 'intensity', 'aseanCredibility', 'leverageLeft', 'minesCleared', 'weaponsWithdrawn',
  'thPressure', 'thTrustOther', 'thTrustMediator', 'thBias', 'khPressure', 'khTrustOther', 'khTrustMediator', 'khBias',
];

/**
 * The decision log as CSV text: a UTF-8 BOM, a header, one CRLF-ended row per decision; for a game
 * played at `seat`, a row naming the delegation and the code that reopens the game there; for a
 * branch, a row naming the earlier game it tried again from. With a `grade`, the concept check's
 * and memo's columns follow the meters and their rows follow the decisions (grade-export.ts).
 */
export function toCsv(level: Level, game: GameState, notes: TeamNotes = {}, grade: GradeExport | null = null, seat: SideId | null = null): string {
  const { rows } = decisionRows(level, game, notes);
  const extra = grade ? GRADE_COLUMNS.length : 0;
  const header = ['step', 'round', 'action', 'details', ...METER_KEYS.map((k) => `end_of_round_${k}`), ...(grade ? GRADE_COLUMNS : [])];
  const blank = (n: number) => Array<null>(n).fill(null);
  const lines = rows.map((r) => [r.step, r.round, r.action, r.details, ...METER_KEYS.map((k) => r.meters?.[k]), ...blank(extra)].map(csvCell).join(','));
  const sat = seatExport(level, seat);
  if (sat) {
    const s = seatCsvCells(level, sat, resumeCodeOrNull(level, game, seat));
    lines.push([null, null, s.action, s.details, ...blank(METER_KEYS.length + extra)].map(csvCell).join(','));
  }
  const parent = parentExport(level, game, seat);
  if (parent) {
    const p = parentCsvCells(level, parent);
    lines.push([null, p.round, p.action, p.details, ...blank(METER_KEYS.length + extra)].map(csvCell).join(','));
  }
  if (grade) for (const g of gradeCsvRows(grade)) lines.push([...blank(4 + METER_KEYS.length), ...g].map(csvCell).join(','));
  return `\uFEFF${[header.join(','), ...lines].map((l) => `${l}\r\n`).join('')}`;
}

/** The export as a JSON document: the game's identity, every decision, the rounds and the outcome. */
export interface GameExport {
  format: 'asean-mediator-log';
  version: 1;
  scenario: { id: string; title: string };
  seed: number;
  difficulty: string;
  decisions: DecisionRow[];
  rounds: RoundMeters[];
  outcome: Outcome | null;
  /** The code that reopens this game (AM5, at its seat, for a game played at a delegation's seat); null if it cannot be written. */
  resumeCode: string | null;
  /** For a game played at a delegation's seat: that delegation. */
  seat?: SideId;
  /** For a game played at a delegation's seat: its name in the player's language. */
  seatName?: string;
  /** For a game started with "Try again from day N": the earlier game it came from. */
  parent?: ParentExport;
  /** The concept check before and after play and the mediator's memo, when the debrief had them. */
  grade?: GradeExport;
}

/**
 * The decision log, per-round meters, the outcome, the game's resume code (and the seat it was
 * played at, and a branch's parent) as pretty-printed JSON text.
 */
export function toJson(level: Level, game: GameState, notes: TeamNotes = {}, grade: GradeExport | null = null, seat: SideId | null = null): string {
  const { rows, rounds } = decisionRows(level, game, notes);
  const parent = parentExport(level, game, seat);
  const sat = seatExport(level, seat);
  const doc: GameExport = {
    format: 'asean-mediator-log', version: 1, scenario: { id: level.id, title: level.title },
    seed: game.seed, difficulty: game.difficulty, decisions: rows, rounds, outcome: game.outcome, resumeCode: resumeCodeOrNull(level, game, seat),
    ...(sat ?? {}), ...(parent ? { parent } : {}), ...(grade ? { grade } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * A file name such as `asean-mediator-december-2025-seed42.csv`; a game played at a delegation's
 * seat ends in that seat (`…-seed42-kh.csv`), so both seats' runs of one crisis keep their own files.
 */
export function exportFileName(game: GameState, ext: 'csv' | 'json', seat: SideId | null = null): string {
  return `asean-mediator-${game.scenarioId.replace(/[^\w-]+/g, '-')}-seed${game.seed}${seat ? `-${seat}` : ''}.${ext}`;
}

/** Saves text as a file through a Blob link: nothing leaves the device. */
export function downloadText(doc: Document, fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
