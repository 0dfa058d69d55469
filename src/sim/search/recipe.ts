// The recipe a search converged to, told in words: for each day (before and after an accord is
// signed), the plans it chose most often and in what share of the games that reached that day.
// A recipe that is the same plan every day, whatever happened, is one a student could learn by
// heart; a spread of plans shows the search answering the situation.

import type { DayRecord } from './player';
import { moveName } from './moves';

/** The plans of one day, most frequent first. */
export interface RecipeDay {
  day: number;
  /** Whether an accord was already signed when the day began. */
  signed: boolean;
  /** Games that reached this day in this state. */
  games: number;
  plans: { plan: string; share: number }[];
}

/** A recipe: the days, and the count of distinct day-plans used overall. */
export interface Recipe {
  days: RecipeDay[];
  distinctPlans: number;
  /** The same, as lines of text. */
  text: string[];
}

/** A day's moves in words ("host talks + shuttle to Thailand, then table …"). */
export function planInWords(moves: readonly number[]): string {
  if (!moves.length) return 'nothing';
  const words = moves.map(moveName);
  const last = words.length - 1;
  if (words[last] === 'end the day') words.pop();
  return words.length ? words.join(' + ') : 'nothing';
}

/** Summarises the days a search player recorded; `top` plans per day are kept. */
export function summarise(records: readonly DayRecord[], top = 3): Recipe {
  const groups = new Map<string, { day: number; signed: boolean; plans: Map<string, number>; n: number }>();
  const distinct = new Set<string>();
  for (const r of records) {
    const key = `${r.round}:${r.signed}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { day: r.round, signed: r.signed, plans: new Map(), n: 0 }));
    const plan = planInWords(r.moves);
    distinct.add(plan);
    g.plans.set(plan, (g.plans.get(plan) ?? 0) + 1);
    g.n++;
  }
  const days = [...groups.values()]
    .sort((a, b) => a.day - b.day || Number(a.signed) - Number(b.signed))
    .map((g) => ({
      day: g.day, signed: g.signed, games: g.n,
      plans: [...g.plans].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top).map(([plan, k]) => ({ plan, share: k / g.n })),
    }));
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  const text = days.map((d) => `day ${d.day}, ${d.signed ? 'accord signed' : 'no accord yet'} (${d.games} games): ${d.plans.map((p) => `${p.plan} (${pct(p.share)})`).join('; ')}`);
  text.push(`${distinct.size} different day-plans in all`);
  return { days, distinctPlans: distinct.size, text };
}
