// Unit tests render round screens, debrief parts and class panels on their own, without the chunks
// that bring their English words in the page (src/ui/play-screens.ts, the class pages' entries):
// load those words first.
import '../../src/i18n/play-words';
import '../../src/i18n/class-words';
