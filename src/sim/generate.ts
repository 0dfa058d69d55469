// The "open crisis" for replay: a scenario generated from a template and a seed. Start meters,
// issue weights, incident weights, the hazard and which issues are open all move within ranges
// narrow enough that the crisis stays winnable and losable. Deterministic (the seeded generator of
// rng.ts), pure, and free of dated claims: the template's record is replaced by a neutral note.

import type { Fact, IssueId, Level, SideDef, SideId } from './level';
import { SIDES } from './level';
import { openRng, seedRng, type Draws } from './rng';
import { clamp } from './math';

/** How far each part of the template may move. */
export const GENERATION = {
  /** Fewest issues left open (all of them when the template has fewer). */
  minIssues: 4,
  /** Start meters move by at most this much either way. */
  meter: 0.1,
  /** Weights, incident weights and the hazard are multiplied by a factor in [1 − spread, 1 + spread]. */
  weightSpread: 0.3,
  hazardSpread: 0.15,
  /** Starting fighting intensity moves by at most this much and stays within these bounds. */
  intensity: 0.1,
  intensityRange: [0.05, 0.85] as const,
} as const;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** A float in [lo, hi). */
function between(d: Draws, lo: number, hi: number): number {
  return lo + (hi - lo) * d.next();
}

/** Which issues stay open: a random subset of at least `minIssues`, in the template's order. */
function pickIssues(d: Draws, ids: readonly IssueId[]): IssueId[] {
  const keep = Math.min(ids.length, GENERATION.minIssues + Math.floor(d.next() * (ids.length - GENERATION.minIssues + 1)));
  const order = ids.map((id) => ({ id, key: d.next() })).sort((a, b) => a.key - b.key);
  const chosen = new Set(order.slice(0, keep).map((o) => o.id));
  return ids.filter((id) => chosen.has(id));
}

/** Perturbed weights over the open issues, renormalised to sum to 1. */
function weightsOver(d: Draws, weights: SideDef['weights'], open: readonly IssueId[]): SideDef['weights'] {
  const raw = open.map((id) => Math.max(0.02, (weights[id] ?? 0) * between(d, 1 - GENERATION.weightSpread, 1 + GENERATION.weightSpread)));
  const sum = raw.reduce((a, b) => a + b, 0);
  return Object.fromEntries(open.map((id, i) => [id, round3(raw[i]! / sum)]));
}

function side(d: Draws, def: SideDef, open: readonly IssueId[]): SideDef {
  const m = GENERATION.meter;
  const unit = (x: number) => round3(clamp(x + between(d, -m, m), 0.05, 0.95));
  const s = def.start;
  return {
    ...def,
    weights: weightsOver(d, def.weights, open),
    domesticWeights: weightsOver(d, def.domesticWeights, open),
    start: {
      pain: unit(s.pain), edge: round3(clamp(s.edge + between(d, -m, m), -1, 1)), pressure: unit(s.pressure),
      trustOther: unit(s.trustOther), trustMediator: unit(s.trustMediator), bias: s.bias,
    },
  };
}

/**
 * Words an invented crisis needs (title, summary, briefing, debrief), by key with arguments; the
 * content layer passes the interface text in the player's language. `issues` is a comma-separated
 * list of issue ids, `intensityPct` a 0..1 share.
 */
export type CrisisWords = (key: 'title' | 'summary' | 'intro' | 'table' | 'goal' | 'debrief', args: Record<string, string | number>) => string;

/** Headless default: the key and its arguments, enough for the validator and the rules. */
const KEY_WORDS: CrisisWords = (key, args) => `${key} ${JSON.stringify(args)}`;

/** The neutral briefing and debrief of an invented crisis (also re-worded when the language changes). */
export function crisisNotes(template: Level, seed: number, open: readonly IssueId[], intensity: number, words: CrisisWords): { briefing: Fact[]; debrief: Fact[] } {
  return {
    briefing: [
      { text: words('intro', { title: template.title, seed }) },
      { text: words('table', { issues: open.join(','), intensityPct: intensity }) },
      { text: words('goal', {}) },
    ],
    debrief: [{ text: words('debrief', {}) }],
  };
}

/**
 * An "open crisis" generated from `template` (for example the December scenario) and `seed`.
 * The same template and seed always give the same level; it passes the level validator.
 */
export function generateLevel(template: Level, seed: number, words: CrisisWords = KEY_WORDS): Level {
  const d = openRng(seedRng(seed));
  const open = pickIssues(d, template.issues.map((i) => i.id));
  const sides = Object.fromEntries(SIDES.map((s) => [s, side(d, template.sides[s], open)])) as Record<SideId, SideDef>;
  const incidents = template.incidents.map((i) => ({ ...i, weight: round3(i.weight * between(d, 1 - GENERATION.weightSpread, 1 + GENERATION.weightSpread)) }));
  const hazard = round3(template.world.hazard * between(d, 1 - GENERATION.hazardSpread, 1 + GENERATION.hazardSpread));
  const [lo, hi] = GENERATION.intensityRange;
  const intensity = round3(clamp(template.world.intensity + between(d, -GENERATION.intensity, GENERATION.intensity), lo, hi));
  const { levers: _levers, unlocks: _unlocks, hints: _hints, ...rest } = template;
  return {
    ...rest,
    id: 'open-crisis',
    title: words('title', { seed }),
    summary: words('summary', { seed }),
    ...crisisNotes(template, seed, open, intensity, words),
    sources: [],
    issues: template.issues.filter((i) => open.includes(i.id)),
    sides,
    incidents,
    world: { ...template.world, hazard, intensity },
  };
}
