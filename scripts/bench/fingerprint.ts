// `npx tsx scripts/bench/fingerprint.ts [--games 40] [--record]`: one hash of the final states of
// many headless games over every scenario × difficulty × strategy, and of their relapse checks.
// Speed work on the headless path must leave this hash unchanged; print it before and after.
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadLevel, LEVEL_IDS } from '../../src/content/levels';
import { DIFFICULTIES } from '../../src/sim/level';
import { STRATEGIES } from '../../src/sim/balance/strategies';
import { createGame } from '../../src/sim/game';
import { playOut } from '../../src/sim/strategies';
import { relapses } from '../../src/sim/balance/relapse';

const { values } = parseArgs({ options: { games: { type: 'string', default: '40' }, record: { type: 'boolean', default: false } } });
const games = Number.parseInt(values.games, 10);
const all = createHash('sha256');
for (const id of LEVEL_IDS) {
  const loaded = await loadLevel(id === 'open-crisis' ? 'open-crisis-7' : id);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const level = loaded.level;
  const per = createHash('sha256');
  for (const difficulty of DIFFICULTIES) {
    for (const [name, strategy] of Object.entries(STRATEGIES)) {
      const n = name.startsWith('search') ? Math.max(1, Math.floor(games / 10)) : games;
      for (let seed = 1; seed <= n; seed++) {
        const g = playOut(level, createGame(level, { seed, difficulty }), strategy, values.record);
        per.update(JSON.stringify(g));
        per.update(relapses(level, g) ? 'R' : 'H');
      }
    }
  }
  const h = per.digest('hex');
  all.update(h);
  console.log(`${level.id.padEnd(20)} ${h.slice(0, 16)}`);
}
console.log(`all                  ${all.digest('hex').slice(0, 16)}`);
