// `npm run balance -- --scenario <id> --games <n> --seed <s> [--difficulty calm|tense|violent] [--json]`
// Plays the mediator strategies headless and prints, per strategy: win rate, collapse rate, mean
// rounds, mean lives lost, relapse rate after signing, mean leverage share of signed deals, and
// games per second. `--json` prints the same as one JSON object.
import { parseArgs } from 'node:util';
import { loadLevel, LEVEL_IDS } from '../src/content/levels';
import { DIFFICULTIES, type Difficulty } from '../src/sim/level';
import { STRATEGIES } from '../src/sim/balance/strategies';
import { runStrategy, type StrategyFigures } from '../src/sim/balance/run';

function fail(message: string): never {
  console.error(`balance: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'december-2025' },
    games: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    difficulty: { type: 'string', default: 'tense' },
    strategy: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
  },
});
const games = Number.parseInt(values.games, 10);
const seed = Number.parseInt(values.seed, 10);
if (!Number.isInteger(games) || games < 1) fail(`--games must be a positive whole number, got "${values.games}"`);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, got "${values.seed}"`);
if (!DIFFICULTIES.includes(values.difficulty as Difficulty)) fail(`--difficulty must be one of ${DIFFICULTIES.join(', ')}, got "${values.difficulty}"`);
const loaded = await loadLevel(values.scenario);
if (!loaded.ok) fail(`${loaded.errors.join('\n')}\n(known scenarios: ${LEVEL_IDS.join(', ')})`);
const level = loaded.level;
const names = values.strategy?.length ? values.strategy : Object.keys(STRATEGIES);
for (const n of names) if (!STRATEGIES[n]) fail(`unknown strategy "${n}" (known: ${Object.keys(STRATEGIES).join(', ')})`);

// Warm the JIT up first, so the first strategy's games per second is not charged for compilation.
runStrategy(level, STRATEGIES['balanced']!, { games: Math.min(200, games), seed: seed + 1_000_000, difficulty: values.difficulty as Difficulty }, () => 0);

const results: Record<string, StrategyFigures> = {};
let totalGames = 0;
let totalSeconds = 0;
for (const name of names) {
  // CPU time of this process, not wall time: on a shared machine it measures what one core does.
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const fig = runStrategy(level, STRATEGIES[name]!, { games, seed, difficulty: values.difficulty as Difficulty }, cpuMs);
  results[name] = fig;
  totalGames += games;
  totalSeconds += games / fig.gamesPerSecond;
}

if (values.json) {
  console.log(JSON.stringify({ scenario: level.id, difficulty: values.difficulty, games, seed, gamesPerSecond: totalGames / totalSeconds, strategies: results }, null, 2));
} else {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const rows = [['strategy', 'win', 'collapse', 'rounds', 'lives lost', 'signed', 'sign round', 'relapse', 'leverage share', 'games/s']];
  for (const [name, f] of Object.entries(results)) {
    rows.push([name, pct(f.winRate), pct(f.collapseRate), f.meanRounds.toFixed(2), f.meanLivesLost.toFixed(1), pct(f.signRate),
      f.meanSignRound.toFixed(2), pct(f.relapseRate), f.meanLeverageShare.toFixed(2), f.gamesPerSecond.toFixed(0)]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  console.log(`${level.title} (${level.id}), ${values.difficulty}, ${games} games per strategy from seed ${seed}`);
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  console.log(`overall: ${(totalGames / totalSeconds).toFixed(0)} games per CPU-second on one core (games/s column: per strategy, CPU time)`);
}
