// `npx tsx scripts/bench/interaction.ts [game-build-folder|-] [runs]`: the two interaction metrics
// alone (DOM nodes replaced per decision, click-to-paint p95 under 4x throttling), on a build of
// this tree (built when no folder is given) or on a build folder of any commit of the game, to put
// the figures before and after a change side by side.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/browser';
import { startStaticServer } from '../../tests/e2e/global-setup';
import { buildBoth } from './build';
import { domNodesReplaced, scriptedGameInteractions } from './interaction-metrics';
import { quantile } from './node-metrics';

const folder = process.argv[2];
const runs = Number(process.argv[3] ?? 3);
const dir = folder && folder !== '-' ? folder : (await buildBoth()).game;
const server = await startStaticServer(dir);
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS] });
const url = `${server.url}?scenario=december-2025&seed=1&difficulty=tense`;
try {
  for (let i = 0; i < runs; i++) {
    const r = await domNodesReplaced(browser, url);
    console.log(`replaced: lever ${(r.lever * 100).toFixed(1)}%, term ${(r.term * 100).toFixed(1)}% of ${r.elements} elements`);
  }
  for (let i = 0; i < runs; i++) {
    const g = await scriptedGameInteractions(browser, url);
    const d = g.durations;
    console.log(`interactions: ${d.length} (${g.clicks} clicks, ended on ${g.screen}), p50 ${quantile(d, 0.5).toFixed(0)} ms, p95 ${quantile(d, 0.95).toFixed(0)} ms, max ${Math.max(...d).toFixed(0)} ms  [${d.map((x) => x.toFixed(0)).join(" ")}]`);
  }
} finally {
  await browser.close();
  server.server.close();
}
