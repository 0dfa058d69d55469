// "How fair and efficient was your accord?" in the debrief: the player's accord beside Nash's
// bargaining point and the Pareto frontier, computed over every package of the scenario.

import type { Level } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { accordFairness } from '../../sim/negotiation/fairness';
import { h } from '../dom';
import { count, pct, sideName } from '../format';
import { t } from '../../i18n/i18n';

/** The fairness section, or nothing when no accord was signed. */
export function renderFairness(level: Level, game: GameState): HTMLElement | null {
  if (!game.accord) return null;
  const f = accordFairness(level, game.accord);
  if (!f) return null;
  const th = sideName(level, 'th');
  const kh = sideName(level, 'kh');
  const lines: string[] = [
    t('play.fairness.worth', { a: pct(f.accord.a), b: pct(f.accord.b), th, kh, awayA: pct(f.disagreement.a), awayB: pct(f.disagreement.b) }),
  ];
  if (f.nash) {
    const issues = f.differsOn.map((id) => level.issues.find((i) => i.id === id)?.label ?? id);
    const nash = t('play.fairness.nash', { a: pct(f.nash.value.a), b: pct(f.nash.value.b) });
    const differs = issues.length ? t('play.fairness.differs', { issues: issues.join(', ') }) : t('play.fairness.same');
    lines.push(`${nash} ${differs}`);
  }
  lines.push(
    f.distanceToFrontier < 0.005
      ? t('play.fairness.efficient')
      : t('play.fairness.inefficient', { gap: pct(f.distanceToFrontier) }),
  );
  return h('section', { class: 'fairness panel', 'aria-labelledby': 'fairness-title' },
    h('h2', { id: 'fairness-title', text: t('play.fairness.title') }),
    ...lines.map((text) => h('p', { text })),
    h('p', { class: 'help', text: t('play.fairness.help', { packages: count(f.packages) }) }),
  );
}
