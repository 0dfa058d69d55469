// The English words of the round screens, the debrief and a delegation's seat (with the sim's reasons
// and causes, the projector's vote and reveal, and the levers' explanations), added to the interface's text when this
// module loads: with the play screens' chunk (src/ui/play-screens.ts), so the first download does
// not carry them. Other languages hold every word in their one chunk.

import { addEnglish } from './i18n';
import debrief from './locales/en/debrief.json';
import play from './locales/en/play.json';
import seat from './locales/en/seat.json';
import { refuse, cause, ceasefire } from './locales/en/sim.json';
import { vote, reveal } from './locales/en/classroom.json';
import { explain } from './locales/en/common.json';

addEnglish({ play, debrief, seat, sim: { refuse, cause, ceasefire }, classroom: { vote, reveal }, common: { explain } });
