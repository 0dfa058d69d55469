// The parent a branch names in the debrief's export ("Try again from day N"): the day the branch
// decided again from, how many of its decisions are the earlier game's, how that game went, and its
// resume code, so a teacher reading a spreadsheet of a retry can tell it from a first try and open
// the first try itself. The parent is rebuilt by replaying its log with the branch's seed. A branch
// of a game at a delegation's seat was tried again at that seat, so its parent's code is the AM5
// code that reopens the earlier game at the same seat.

import type { Level, SideId } from '../sim/level';
import type { GameState, Outcome } from '../sim/state';
import { replay } from '../sim/game';
import { decisionsBefore } from '../sim/branch-log';
import { resumeCodeOrNull } from './restore';
import { t } from '../i18n/i18n';

/** The earlier game a branch came from, as the JSON export names it. */
export interface ParentExport {
  /** The day (round) the branch decided again from. */
  fromRound: number;
  /** The branch's first decisions that are the earlier game's (every decision before that day). */
  sharedDecisions: number;
  /** Decisions the earlier game took in all. */
  decisions: number;
  /** How the earlier game ended (null if it had not). */
  outcome: Outcome | null;
  /** The earlier game's resume code, which opens it (at the branch's seat, if any; null if it cannot be written). */
  resumeCode: string | null;
}

/**
 * The parent of `game` for the export, or null when `game` is not a branch. `seat` is the
 * delegation the branch is played at: "Try again" keeps the seat, so the parent was played there too.
 */
export function parentExport(level: Level, game: GameState, seat: SideId | null = null): ParentExport | null {
  if (!game.parent) return null;
  const { log, fromRound } = game.parent;
  const parent = replay(level, game.seed, game.difficulty, log);
  return {
    fromRound, sharedDecisions: decisionsBefore(log, fromRound)?.length ?? 0, decisions: log.length, outcome: parent.outcome,
    resumeCode: resumeCodeOrNull(level, parent, seat),
  };
}

/** The words of an ending, as the debrief heads it ("The deadline arrived: a loss"), or "not ended". */
function endingWords(o: Outcome | null): string {
  return o ? t('debrief.heading', { outcome: t(`debrief.outcome.${o.reason}`), kind: t(`debrief.kind.${o.kind}`) }) : t('debrief.branch.compare.notEnded');
}

/** The CSV row naming the parent: the day in the action column, the rest in words in the details column. */
export function parentCsvCells(level: Level, p: ParentExport): { round: number; action: string; details: string } {
  const day = t('common.round', { label: level.roundLabel, n: p.fromRound });
  return {
    round: p.fromRound,
    action: t('debrief.exportParent.action', { day }),
    details: t('debrief.exportParent.details', {
      day, shared: p.sharedDecisions, decisions: p.decisions, ending: endingWords(p.outcome), code: p.resumeCode ?? '-',
    }),
  };
}
