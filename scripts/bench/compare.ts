// `npx tsx scripts/bench/compare.ts [build-folder] [runs]`: the frame benchmark alone, the game and
// the bare page alternating, printing each recording's frame count, p50 and p95, for quick checks
// while working on the map (the full `npm run bench` takes minutes). Builds both when no folder is
// given; a folder from an earlier run (holding game/ and bare/) skips the build. QUERY in the
// environment adds to the game's link, e.g. QUERY='&renderer=webgl' to force a renderer.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/browser';
import { startStaticServer } from '../../tests/e2e/global-setup';
import { throttledFrames } from './browser-metrics';
import { buildBoth } from './build';
import { quantile } from './node-metrics';

const base = process.argv[2];
const runs = Number(process.argv[3] ?? 3);
const builds = base && base !== '-' ? { game: join(base, 'game'), bare: join(base, 'bare') } : await buildBoth();
console.log(`builds: ${builds.game}`);
const game = await startStaticServer(builds.game);
const bare = await startStaticServer(builds.bare);
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS] });
const line = (name: string, f: number[]) =>
  console.log(`${name}: ${f.length} frames, p50 ${quantile(f, 0.5).toFixed(0)} ms, p95 ${quantile(f, 0.95).toFixed(0)} ms  [${f.map((x) => x.toFixed(0)).join(' ')}]`);
try {
  for (let i = 0; i < runs; i++) {
    line('game', await throttledFrames(browser, `${game.url}?scenario=december-2025&seed=1&difficulty=violent${process.env['QUERY'] ?? ''}`, 'game'));
    line('bare', await throttledFrames(browser, bare.url, 'bare'));
  }
} finally {
  await browser.close();
  game.server.close();
  bare.server.close();
}
