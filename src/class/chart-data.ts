// The class debrief's chart in numbers: every package of the scenario as both sides value it, the
// Pareto frontier and Nash's point among them (the solo debrief's own theory functions), and each
// table's accord as a point. Views only draw what this returns.

import type { Level } from '../sim/level';
import type { Proposal } from '../sim/state';
import { nashSolution, type Outcome2 } from '../sim/negotiation/theory';
import { tablesOf, toIndices, utilityOf } from '../sim/negotiation/tables';
import { MAX_PACKAGES } from '../sim/negotiation/fairness';

/** What the chart draws. */
export interface ChartData {
  /** Frontier points, sorted by the first side's value. */
  frontier: Outcome2[];
  nash: Outcome2 | null;
  disagreement: Outcome2;
  accords: { id: string; name: string; value: Outcome2 }[];
}

const frontiers = new WeakMap<Level, { frontier: Outcome2[]; nash: Outcome2 | null; disagreement: Outcome2 } | null>();

function analyse(level: Level): { frontier: Outcome2[]; nash: Outcome2 | null; disagreement: Outcome2 } | null {
  if (frontiers.has(level)) return frontiers.get(level)!;
  const t = tablesOf(level);
  const counts = t.ids.map((ids) => ids.length);
  const total = counts.reduce((a, b) => a * b, 1);
  let out: { frontier: Outcome2[]; nash: Outcome2 | null; disagreement: Outcome2 } | null = null;
  if (total <= MAX_PACKAGES) {
    const outcomes: Outcome2[] = [];
    const idx = counts.map(() => 0);
    for (let n = 0; n < total; n++) {
      outcomes.push({ a: utilityOf(t.value.th, t.table.th, idx), b: utilityOf(t.value.kh, t.table.kh, idx) });
      for (let i = idx.length - 1; i >= 0; i--) {
        if (++idx[i]! < counts[i]!) break;
        idx[i] = 0;
      }
    }
    const disagreement = { a: level.sides.th.rv0, b: level.sides.kh.rv0 };
    const r = nashSolution(outcomes, disagreement);
    out = {
      frontier: r.frontier.map((i) => outcomes[i]!).sort((x, y) => x.a - y.a),
      nash: r.index >= 0 ? outcomes[r.index]! : null,
      disagreement,
    };
  }
  frontiers.set(level, out);
  return out;
}

/** The chart of the accords `tables` signed (tables without an accord are left out). */
export function chartData(level: Level, tables: readonly { id: string; name: string; accord: Proposal | null }[]): ChartData | null {
  const a = analyse(level);
  if (!a) return null;
  const t = tablesOf(level);
  const accords = tables.filter((x) => x.accord).map((x) => {
    const idx = toIndices(t, x.accord!);
    return { id: x.id, name: x.name, value: { a: utilityOf(t.value.th, t.table.th, idx), b: utilityOf(t.value.kh, t.table.kh, idx) } };
  });
  return { ...a, accords };
}
