// The screens of a game under way and its debrief, with what only they use (the HUD, the package
// builder, the hot-seat and projector views, the answers' explanations and the live region's round
// lines). One chunk of its own, loaded once the first real screen is drawn (play-screens-load.ts),
// so the first download holds only what the menu needs. The print styles come with the debrief,
// the page they make a handout of.

import './print.css';
import '../i18n/play-words';

export { renderSituation } from './screens/situation';
export { renderActing } from './screens/acting';
export { renderResponding } from './screens/responding';
export { renderWorld } from './screens/world';
export { renderDebrief } from './screens/debrief';
export { renderConceptCheck } from './screens/concept-check';
export { renderSeat } from './screens/seat';
export { announcements } from './announce';
export { lastReport } from './hud/meters';
