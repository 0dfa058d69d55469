// The benchmark's Node metrics: how long both delegations take to answer a proposal (p99 over many
// random December states) and how many complete headless games one core plays per CPU-second
// (the balance report's engine). Both run in this process; neither needs a browser.
import { loadLevel } from '../../src/content/levels';
import type { Level } from '../../src/sim/level';
import type { GameState, Proposal } from '../../src/sim/state';
import { respond } from '../../src/sim/negotiation/respond';
import { STRATEGIES } from '../../src/sim/balance/strategies';
import { runStrategy } from '../../src/sim/balance/run';
import { randomGame } from '../../tests/helpers/random-game';
import { searchPlayer } from '../../src/sim/search/player';
import { candidates } from '../../src/sim/search/packages';
import { createGame } from '../../src/sim/game';
import { playOut } from '../../src/sim/strategies';

/** The December level, validated as the game loads it. */
export async function december(): Promise<Level> {
  const r = await loadLevel('december-2025');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.level;
}

/** CPU time of this process in milliseconds (user + system). */
export const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The value at quantile `q` (0..1) of `xs`, nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
}

/**
 * p99 of the time both delegations take to answer one package, over `states` random states of
 * December (random legal play from random seeds, random packages). Each state is timed `repeats`
 * times and its fastest time kept, so a busy shared machine's preemptions do not pose as AI cost.
 */
export function aiResponseP99(level: Level, states = 2000, repeats = 5): number {
  // A small fixed-seed generator (mulberry32): the states are the same on every run.
  let a = 7;
  const next = (n: number) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
  const cases: Array<{ game: GameState; proposal: Proposal; incidents: number }> = [];
  for (let i = 0; i < states; i++) {
    const choices = Array.from({ length: next(40) }, () => next(1000));
    const game = randomGame(level, next(1_000_000), (['calm', 'tense', 'violent'] as const)[next(3)]!, choices);
    const proposal: Proposal = {};
    for (const issue of level.issues) proposal[issue.id] = issue.options[next(issue.options.length)]!.id;
    cases.push({ game, proposal, incidents: next(4) });
  }
  // Warm-up so the JIT has compiled the search before timing.
  for (const c of cases.slice(0, 200)) respond(level, c.game, 'th', c.proposal, c.incidents);
  const times = cases.map((c) => {
    let best = Infinity;
    for (let k = 0; k < repeats; k++) {
      const t0 = performance.now();
      respond(level, c.game, 'th', c.proposal, c.incidents);
      respond(level, c.game, 'kh', c.proposal, c.incidents);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  });
  return quantile(times, 0.99);
}

/** Games per CPU-second of the scripted strategies over one pass of `gamesPerStrategy` games each from `seed`. */
function onePass(level: Level, gamesPerStrategy: number, seed: number): number {
  let games = 0;
  let seconds = 0;
  for (const [name, strategy] of Object.entries(STRATEGIES)) {
    if (name.startsWith('search')) continue;
    const f = runStrategy(level, strategy, { games: gamesPerStrategy, seed, difficulty: 'tense' }, cpuMs);
    games += gamesPerStrategy;
    seconds += gamesPerStrategy / f.gamesPerSecond;
  }
  return games / seconds;
}

/**
 * Complete headless games per CPU-second, the scripted balance strategies on December (tense).
 * The look-ahead strategy is left out: it plays many trial games inside each game it plays.
 * A first pass (other seeds) lets the JIT compile the rules, as the balance report does before it
 * measures; its own figure is returned as `cold` (compilation included: CPU time counts the
 * compiler's threads too), the figure of the measured pass as `warm`.
 */
export function gamesPerSecond(level: Level, gamesPerStrategy = 2000, warmUp = 500): { warm: number; cold: number } {
  const cold = onePass(level, warmUp, 1_000_001);
  return { warm: onePass(level, gamesPerStrategy, 1), cold };
}

/**
 * The tree search's rollouts per CPU-second on one core: it plays `games` December (tense) games
 * with `iterations` rollouts a day; each rollout is a game played from the day being decided to its
 * end. The level's package table is built before timing (once per level, not per rollout).
 */
export function searchRolloutsPerSecond(level: Level, games = 8, iterations = 300): number {
  candidates(level);
  // Warm-up so the JIT has compiled the rules and the search before timing.
  const warm = searchPlayer({ iterations: 50, seed: 2 });
  playOut(level, createGame(level, { seed: 999, difficulty: 'tense' }), warm.strategy, false);
  const player = searchPlayer({ iterations, seed: 1 });
  const t0 = cpuMs();
  for (let i = 0; i < games; i++) playOut(level, createGame(level, { seed: 1 + i, difficulty: 'tense' }), player.strategy, false);
  return player.rollouts() / ((cpuMs() - t0) / 1000);
}
