// The English words of the class pages (the student's table and the teacher's console), added to
// the interface's text when this module loads: only the class pages import it, so the solo game's
// first download does not carry them. Other languages hold every word in their one chunk.

import { addEnglish } from './i18n';
import classSession from './locales/en/class.json';

addEnglish({ class: classSession });
