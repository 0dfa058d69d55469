// What the terms in force and the measures on the ground do to the world: the incident hazard
// (Fortna: stronger terms, fewer relapses), verification, demining, returns and leverage fragility.

import type { Level, OptionEffects } from './level';
import type { CeasefireState, GameState, Proposal } from './state';
import { pow } from './portable-math';

/** Design constants for measures taken before any accord, and for leverage fragility. */
export const TERMS = {
  observersHazard: 0.6,
  hotlineHazard: 0.7,
  deminingTeamsRate: 0.08,
  corridorsReturns: 0.05,
  /** μ: hazard rises by (1 + μ·share) once the leverage that bought a deal lapses. */
  mu: 1.5,
  /** d: hazard rises by (1 + d·max pressure). */
  d: 0.5,
  /** Mines cleared lower the hazard by (1 − cleared)^p. */
  p: 0.5,
  /** An agreed or holding ceasefire cuts the base hazard to this share. */
  ceasefireHazard: 0.6,
  /**
   * Spoilers: however strong the terms and measures, they never cut the hazard below this share of
   * its base (old mines, units out of contact, people who want the fighting back). Without it the
   * strongest package made a signed ceasefire all but certain to hold.
   */
  hazardFloor: 0.15,
} as const;

/** Whether a ceasefire is in force (agreed, holding, formalised, or violated but not yet collapsed). */
export function ceasefireInForce(c: CeasefireState): boolean {
  return c === 'agreed' || c === 'holding' || c === 'formalised' || c === 'violated';
}

const effectsCache = new WeakMap<Level, ReadonlyMap<string, OptionEffects>[]>();

/** Each issue's option effects by option id, built once per level (the world reads them every round). */
export function effectsByOption(level: Level): ReadonlyMap<string, OptionEffects>[] {
  let byIssue = effectsCache.get(level);
  if (!byIssue) {
    byIssue = level.issues.map((issue) => {
      // The first option with an id wins, as `find` would.
      const m = new Map<string, OptionEffects>();
      const seen = new Set<string>();
      for (const o of issue.options) {
        if (seen.has(o.id)) continue;
        seen.add(o.id);
        if (o.effects) m.set(o.id, o.effects);
      }
      return m;
    });
    effectsCache.set(level, byIssue);
  }
  return byIssue;
}

/** No terms in force (shared: callers only read it). */
const NO_EFFECTS: readonly OptionEffects[] = [];

/** The effects of every option of the signed accord, while its ceasefire is in force. */
export function accordEffects(level: Level, game: GameState): readonly OptionEffects[] {
  if (!game.accord || !ceasefireInForce(game.ceasefire)) return NO_EFFECTS;
  return effectsOf(level, game.accord);
}

/** The effects of every option of a package, in the level's order of issues. */
export function effectsOf(level: Level, accord: Proposal): OptionEffects[] {
  const byIssue = effectsByOption(level);
  const out: OptionEffects[] = [];
  for (let i = 0; i < level.issues.length; i++) {
    const id = accord[level.issues[i]!.id];
    const e = id === undefined ? undefined : byIssue[i]!.get(id);
    if (e) out.push(e);
  }
  return out;
}

/**
 * Whether observers or joint teams can see compliance, so trust can move. Callers that already
 * hold `accordEffects` pass them (the functions below read the same list).
 */
export function verified(level: Level, game: GameState, effects: readonly OptionEffects[] = accordEffects(level, game)): boolean {
  if (game.measures.observers) return true;
  for (let i = 0; i < effects.length; i++) if (effects[i]!.verifies) return true;
  return false;
}

/** Whether air strikes are ruled out by the terms in force. */
export function airStrikesBarred(level: Level, game: GameState, effects: readonly OptionEffects[] = accordEffects(level, game)): boolean {
  for (let i = 0; i < effects.length; i++) if (effects[i]!.noAirStrikes) return true;
  return false;
}

/** Share of remaining mines cleared this round. */
export function deminingRate(level: Level, game: GameState, effects: readonly OptionEffects[] = accordEffects(level, game)): number {
  let fromAccord = 0;
  for (let i = 0; i < effects.length; i++) fromAccord = Math.max(fromAccord, effects[i]!.demining ?? 0);
  return Math.min(0.9, fromAccord + (game.measures.deminingTeams ? TERMS.deminingTeamsRate : 0));
}

/** Share of displaced civilians who return this round (only while guns are quiet). */
export function returnRate(level: Level, game: GameState, effects: readonly OptionEffects[] = accordEffects(level, game)): number {
  const quiet = ceasefireInForce(game.ceasefire) || game.intensity < 0.35;
  if (!quiet) return 0;
  let fromAccord = 0;
  for (let i = 0; i < effects.length; i++) fromAccord = Math.max(fromAccord, effects[i]!.returns ?? 0);
  return Math.max(fromAccord, game.measures.corridors ? TERMS.corridorsReturns : 0);
}

/** The hazard multiplier of the terms and measures alone (1 = no protection), used for durability. */
export function termsHazard(level: Level, game: GameState, effects: readonly OptionEffects[] = accordEffects(level, game)): number {
  let h = 1;
  let observersInAccord = false;
  for (let i = 0; i < effects.length; i++) {
    const e = effects[i]!;
    h *= e.hazard ?? 1;
    if (e.verifies) observersInAccord = true;
  }
  if (game.measures.observers && !observersInAccord) h *= TERMS.observersHazard;
  if (game.measures.hotline) h *= TERMS.hotlineHazard;
  return h * pow(1 - game.minesCleared, TERMS.p);
}

/** The incident hazard this round: λ = λ0·max(floor, terms)·(1 + μ·lapsed share)·(1 + d·max pressure)·ceasefire. */
export function incidentHazard(level: Level, game: GameState, effects: readonly OptionEffects[] = accordEffects(level, game)): number {
  const base = level.world.hazard * level.difficulty[game.difficulty].hazard;
  const lapsed = game.accord && game.leverageLeft <= 0 ? game.accordLeverage : 0;
  const maxPressure = Math.max(game.sides.th.pressure, game.sides.kh.pressure);
  const cease = ceasefireInForce(game.ceasefire) ? TERMS.ceasefireHazard : 1;
  const terms = Math.max(TERMS.hazardFloor, termsHazard(level, game, effects));
  return base * terms * (1 + TERMS.mu * lapsed) * (1 + TERMS.d * maxPressure) * cease;
}
