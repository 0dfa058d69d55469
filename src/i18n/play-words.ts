// The English words of the round screens, the debrief and a delegation's seat, added to the interface's text when this
// module loads: with the play screens' chunk (src/ui/play-screens.ts), so the first download does
// not carry them. Other languages hold every word in their one chunk.

import { addEnglish } from './i18n';
import debrief from './locales/en/debrief.json';
import play from './locales/en/play.json';
import seat from './locales/en/seat.json';

addEnglish({ play, debrief, seat });
