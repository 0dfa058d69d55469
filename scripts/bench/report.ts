// The benchmark's report: one entry per metric (value, unit, and beside a baseline the baseline and
// ratio), the goal each is judged against, and the table printed without `--json`.

/** One measured metric. */
export interface Metric {
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  /** The goal in words, e.g. "ratio <= 1.15". */
  goal: string;
  met: boolean;
  /** How it was measured, briefly. */
  note?: string;
}

/** The whole report, keyed by metric name. */
export type Report = Record<string, Metric>;

/** Median of a list (NaN when empty). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** A metric beside a baseline, with the ratio value / baseline. */
export function beside(value: number, baseline: number, unit: string, goal: string, met: (value: number, ratio: number) => boolean, note?: string): Metric {
  const ratio = value / baseline;
  return { value, unit, baseline, ratio, goal, met: met(value, ratio), ...(note ? { note } : {}) };
}

const fmt = (x: number | undefined, digits = 2) => (x === undefined ? '' : Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** The report as an aligned text table. */
export function table(report: Report): string {
  const rows = [['metric', 'value', 'unit', 'baseline', 'ratio', 'goal', 'met']];
  for (const [name, m] of Object.entries(report)) {
    rows.push([name, fmt(m.value, m.value >= 100 ? 0 : 3), m.unit, fmt(m.baseline, m.baseline !== undefined && m.baseline >= 100 ? 0 : 3), fmt(m.ratio), m.goal, m.met ? 'yes' : 'NO']);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((c, i) => (i === 0 || i >= 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd());
  const notes = Object.entries(report).filter(([, m]) => m.note).map(([n, m]) => `  ${n}: ${m.note}`);
  return [...lines, ...(notes.length ? ['', 'notes:', ...notes] : [])].join('\n');
}
