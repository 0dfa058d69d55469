// Unit tests render round screens and debrief parts on their own, without the play screens' chunk
// that brings their English words in the page (src/ui/play-screens.ts): load those words first.
import '../../src/i18n/play-words';
