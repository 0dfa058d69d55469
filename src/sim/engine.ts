// The part of the sim a game in play needs: starting a game, applying and refusing decisions,
// replaying a log, branching a finished game (or naming a restored one's parent), the AI envoy's
// next step and where a restored seat's round stands. The page loads it as one chunk after its
// first screen (src/machines/engine-load.ts), so the menu is drawn without the rules; Node code and
// tests import the sim's files directly.

export { createGame, refuse, replay, step } from './game';
export { startBranch, withParentLog } from './branch';
export { envoyNext } from './seats/envoy-policy';
export { seatRoundStage } from './seats/round-stage';
