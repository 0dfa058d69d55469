// A game played at a delegation's seat names that seat in the debrief's export, so a teacher can
// tell a delegation's game from an envoy's: the seat and its name in the player's language, a row
// in the CSV saying who the player negotiated for, and the resume code that reopens the game at
// that seat (an AM5 code; an AM3 or AM4 code would reopen it as the envoy's game).

import { otherSide, type Level, type SideId } from '../sim/level';
import { t } from '../i18n/i18n';

/** The seat a game was played at, as the JSON export names it. */
export interface SeatExport {
  /** The delegation the player negotiated for. */
  seat: SideId;
  /** That delegation's name in the player's language. */
  seatName: string;
}

/** The seat part of the JSON export, or null for the envoy's game. */
export function seatExport(level: Level, seat: SideId | null): SeatExport | null {
  return seat ? { seat, seatName: level.sides[seat].name } : null;
}

/** The CSV row naming the seat: who the player negotiated for in the action column, the rest and the code in the details. */
export function seatCsvCells(level: Level, s: SeatExport, code: string | null): { action: string; details: string } {
  const side = s.seatName;
  const other = level.sides[otherSide(s.seat)].name;
  return {
    action: t('debrief.exportSeat.action', { side }),
    details: t('debrief.exportSeat.details', { side, other, code: code ?? '-' }),
  };
}
