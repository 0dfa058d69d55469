// What the live region says when the view model changes: the answers when they arrive, the round
// report when the world moves, each meter change as an action lands, and how the game ended.

import type { ViewModel } from '../machines/view-model';
import { t } from '../i18n/i18n';
import { describeChange } from './format';
import { explainAnswer } from './explain';
import { reportLines } from './hud/report';
import { lastReport } from './hud/meters';
import { roundWords } from './hud/top-bar';

/** Lines to announce for the move from `prev` to `vm` (empty when nothing new happened). */
export function announcements(prev: ViewModel | null, vm: ViewModel): string[] {
  const { level, game } = vm;
  if (!level || !game) return [];
  const screenChanged = prev?.screen !== vm.screen;
  if (screenChanged) {
    switch (vm.screen) {
      case 'situation':
        return [t('play.announce.round', { round: roundWords(level, game.round, game.maxRounds) })];
      case 'responding': {
        const signed = game.answers.length > 0 && game.answers.every((a) => a.verdict === 'accept');
        return [...game.answers.map((a) => explainAnswer(level, a)), ...(signed ? [t('play.announce.signed')] : [])];
      }
      case 'world': {
        const r = lastReport(game);
        return r ? reportLines(level, r) : [];
      }
      case 'debrief':
        return game.outcome ? [t('play.announce.over', { score: game.outcome.score })] : [];
      default:
        return [];
    }
  }
  if (vm.screen === 'acting' && prev?.game && prev.game !== game && prev.game.round === game.round) {
    const before = prev.game.roundChanges.length;
    return game.roundChanges.slice(before).map((c) => describeChange(c, level));
  }
  return [];
}
