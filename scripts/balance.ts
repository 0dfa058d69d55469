// `npm run balance -- --scenario <id> --games <n> --seed <s> [--difficulty calm|tense|violent] [--json]
//   [--strategy <name>]… [--search-iterations <n>] [--search-seed <s>]`
// Plays the mediator strategies headless and prints, per strategy: win rate, collapse rate, mean
// rounds, mean lives lost, relapse rate after signing, mean leverage share of signed deals, and
// games per second; then the two searches' recipes in words (the tree search's day-by-day plans and
// the blind recipe it evolved). `--json` prints the same as one JSON object.
import { parseArgs } from 'node:util';
import { loadLevel, LEVEL_IDS } from '../src/content/levels';
import { DIFFICULTIES, type Difficulty } from '../src/sim/level';
import { STRATEGIES } from '../src/sim/balance/strategies';
import { runStrategy, type StrategyFigures } from '../src/sim/balance/run';
import { BLIND_RECIPE, DEFAULT_BUDGET, SEARCH_NAMES, TREE_SEARCH, runBlindRecipe, runTreeSearch, type SearchBudget } from '../src/sim/search/in-report';

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
    'search-iterations': { type: 'string', default: String(DEFAULT_BUDGET.iterations) },
    'search-seed': { type: 'string', default: String(DEFAULT_BUDGET.seed) },
    json: { type: 'boolean', default: false },
  },
});
const games = Number.parseInt(values.games, 10);
const seed = Number.parseInt(values.seed, 10);
if (!Number.isInteger(games) || games < 1) fail(`--games must be a positive whole number, got "${values.games}"`);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, got "${values.seed}"`);
const iterations = Number.parseInt(values['search-iterations'], 10);
const searchSeed = Number.parseInt(values['search-seed'], 10);
if (!Number.isInteger(iterations) || iterations < 1) fail(`--search-iterations must be a positive whole number, got "${values['search-iterations']}"`);
if (!Number.isInteger(searchSeed)) fail(`--search-seed must be a whole number, got "${values['search-seed']}"`);
if (!DIFFICULTIES.includes(values.difficulty as Difficulty)) fail(`--difficulty must be one of ${DIFFICULTIES.join(', ')}, got "${values.difficulty}"`);
const loaded = await loadLevel(values.scenario);
if (!loaded.ok) fail(`${loaded.errors.join('\n')}\n(known scenarios: ${LEVEL_IDS.join(', ')})`);
const level = loaded.level;
const known = [...Object.keys(STRATEGIES), ...SEARCH_NAMES];
const names = values.strategy?.length ? values.strategy : known;
for (const n of names) if (!known.includes(n)) fail(`unknown strategy "${n}" (known: ${known.join(', ')})`);
const budget: SearchBudget = { ...DEFAULT_BUDGET, iterations, seed: searchSeed };

// Warm the JIT up first, so the first strategy's games per second is not charged for compilation.
runStrategy(level, STRATEGIES['balanced']!, { games: Math.min(200, games), seed: seed + 1_000_000, difficulty: values.difficulty as Difficulty }, () => 0);

// CPU time of this process, not wall time: on a shared machine it measures what one core does.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const results: Record<string, StrategyFigures> = {};
let totalGames = 0;
let totalSeconds = 0;
const run = { games, seed, difficulty: values.difficulty as Difficulty };
for (const name of names) {
  if (SEARCH_NAMES.includes(name)) continue;
  const fig = runStrategy(level, STRATEGIES[name]!, run, cpuMs);
  results[name] = fig;
  totalGames += games;
  totalSeconds += games / fig.gamesPerSecond;
}
// The searches play many games in their heads for each one they play: they count apart from the
// scripted strategies' games per second.
const tree = names.includes(TREE_SEARCH) ? runTreeSearch(level, run, budget, cpuMs) : null;
if (tree) results[TREE_SEARCH] = tree;
const blind = names.includes(BLIND_RECIPE) ? runBlindRecipe(level, run, budget, cpuMs) : null;
if (blind) results[BLIND_RECIPE] = blind;

if (values.json) {
  console.log(JSON.stringify({ scenario: level.id, difficulty: values.difficulty, games, seed, gamesPerSecond: totalGames / totalSeconds, searchBudget: budget, strategies: results }, null, 2));
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
  if (totalGames) console.log(`overall: ${(totalGames / totalSeconds).toFixed(0)} games per CPU-second on one core for the scripted strategies (games/s column: per strategy, CPU time)`);
  if (tree) {
    console.log(`\n${TREE_SEARCH}: ${tree.iterations} rollouts a day from its own draws (rollouts played by "${tree.rolloutPolicy}"), ${tree.rolloutsPerSecond.toFixed(0)} rollouts per CPU-second; the plans it chose:`);
    for (const line of tree.recipe.text) console.log(`  ${line}`);
  }
  if (blind) {
    console.log(`\n${BLIND_RECIPE}: evolved over ${blind.practiceGames} practice games (practice win rate ${pct(blind.practiceWinRate)}); the recipe it converged to:`);
    for (const line of blind.recipe.text) console.log(`  ${line}`);
  }
}
