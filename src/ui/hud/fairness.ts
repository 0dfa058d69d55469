// "How fair and efficient was your accord?" in the debrief: the player's accord beside Nash's
// bargaining point and the Pareto frontier, computed over every package of the scenario.

import type { Level } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { accordFairness } from '../../sim/negotiation/fairness';
import { h } from '../dom';
import { pct, sideName } from '../format';

/** The fairness section, or nothing when no accord was signed. */
export function renderFairness(level: Level, game: GameState): HTMLElement | null {
  if (!game.accord) return null;
  const f = accordFairness(level, game.accord);
  if (!f) return null;
  const th = sideName(level, 'th');
  const kh = sideName(level, 'kh');
  const lines: string[] = [
    `Your accord is worth ${pct(f.accord.a)} to ${th} and ${pct(f.accord.b)} to ${kh} (walking away was worth ${pct(f.disagreement.a)} and ${pct(f.disagreement.b)}).`,
  ];
  if (f.nash) {
    const issues = f.differsOn.map((id) => level.issues.find((i) => i.id === id)?.label ?? id);
    lines.push(
      `Nash's bargaining point, the package that makes the product of both sides' gains largest, is worth ${pct(f.nash.value.a)} and ${pct(f.nash.value.b)}.` +
        (issues.length ? ` It differs from yours on ${issues.join(', ')}.` : ' It is your accord.'),
    );
  }
  lines.push(
    f.distanceToFrontier < 0.005
      ? 'Efficient: no other package would have left both sides better off.'
      : `Not quite efficient: another package would have given both sides up to ${pct(f.distanceToFrontier)} more together.`,
  );
  return h('section', { class: 'fairness panel', 'aria-labelledby': 'fairness-title' },
    h('h2', { id: 'fairness-title', text: 'How fair and efficient was your accord?' }),
    ...lines.map((text) => h('p', { text })),
    h('p', { class: 'help', text: `Weighed over all ${f.packages.toLocaleString('en')} packages of this scenario with each side's own values.` }),
  );
}
