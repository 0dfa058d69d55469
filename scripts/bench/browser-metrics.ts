// The benchmark's browser metrics, each beside the bare Phaser page where a baseline makes sense:
// startup to an interactive menu, bytes loaded before it, frame times on the busiest scene under
// 4x CPU throttling, and JS heap growth over many games in one tab (garbage collected first).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { playGamesInPage } from './drive';

/** Marks `window.__menuReady` the moment the menu's New game button exists, enabled and visible. */
const MENU_READY_PROBE = String.raw`(() => {
  const check = () => {
    if (window.__menuReady) return;
    const b = [...document.querySelectorAll('#app button')].find((x) => x.textContent.trim() === 'New game');
    if (b && !b.disabled && b.getAttribute('aria-disabled') !== 'true' && b.getClientRects().length) window.__menuReady = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})()`;

/** One load of a page: ms from navigation start to interactive, and gzipped KB requested by then. */
export interface Load {
  ms: number;
  gzipKb: number;
  /** Each file requested by then, with its gzipped KB (largest first). */
  files: { path: string; kb: number }[];
}

function gzipFiles(dir: string, origin: string, urls: ReadonlySet<string>): Load['files'] {
  const files: Load['files'] = [];
  for (const u of urls) {
    if (!u.startsWith(origin)) continue;
    let path = new URL(u).pathname;
    if (path.endsWith('/')) path += 'index.html';
    try {
      files.push({ path, kb: gzipSync(readFileSync(join(dir, decodeURIComponent(path)))).length / 1024 });
    } catch {
      // A request the build does not hold (none expected): nothing was downloaded.
    }
  }
  return files.sort((a, b) => b.kb - a.kb);
}

/**
 * Loads `url` in a fresh context (cold cache) and waits until it is interactive: the game's menu
 * (New game enabled) or, for the bare page, its scene created.
 * @param dir the build folder served at `url`, to size what was requested
 */
export async function loadOnce(browser: Browser, url: string, dir: string, kind: 'game' | 'bare'): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    if (kind === 'game') await page.addInitScript(MENU_READY_PROBE);
    await page.goto(url, { waitUntil: 'commit' });
    // A function, not a string: the page's CSP forbids evaluating strings.
    const flag = kind === 'game' ? '__menuReady' : '__bareReady';
    const handle = await page.waitForFunction((f) => (window as unknown as Record<string, unknown>)[f], flag, { timeout: 60_000, polling: 50 });
    const ms = Number(await handle.jsonValue());
    // What was requested before that moment, by the page's own clock: the document, and every
    // resource whose fetch started by then (read once the network is quiet, so none is still in
    // flight and missing from the list). What the page fetches after it is interactive is not counted.
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    const requested = new Set(await page.evaluate((readyAt) => [
      location.href,
      ...performance.getEntriesByType('resource').filter((e) => e.startTime <= readyAt).map((e) => e.name),
    ], ms));
    const files = gzipFiles(dir, new URL(url).origin, requested);
    return { ms, gzipKb: files.reduce((n, f) => n + f.kb, 0), files };
  } finally {
    await context.close();
  }
}

/** Gzipped size in KB of the Phaser chunk of a build. */
export function phaserGzipKb(dir: string): number {
  const assets = join(dir, 'assets');
  const file = readdirSync(assets).find((f) => /^phaser-.*\.js$/.test(f));
  return file ? gzipSync(readFileSync(join(assets, file))).length / 1024 : Number.NaN;
}

/** Frame intervals (ms) recorded by requestAnimationFrame for `ms` milliseconds. */
async function recordFrames(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(`new Promise((done) => {
    const out = []; let last = 0; const end = performance.now() + ${ms};
    const frame = (t) => { if (last) out.push(t - last); last = t; if (t < end) requestAnimationFrame(frame); else done(out); };
    requestAnimationFrame(frame);
  })`) as Promise<number[]>;
}

/**
 * Frame intervals on the busiest scene under 4x CPU throttling: for the game, December on the
 * violent setting, pressing End round so the world moves (incidents on the map, meters animating);
 * for the bare page, its tweened scene.
 */
export async function throttledFrames(browser: Browser, url: string, kind: 'game' | 'bare', ms = 4000): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    if (kind === 'game') {
      // A scenario link may open the briefing directly; press on until the mediator acts.
      const next: Record<string, string> = { menu: 'New game', briefing: 'Begin', situation: 'Continue' };
      for (let screen = ''; screen !== 'acting'; ) {
        await page.waitForFunction(() => /^(menu|briefing|situation|acting)$/.test(document.documentElement.dataset['screen'] ?? ''));
        screen = (await page.evaluate(() => document.documentElement.dataset['screen'])) ?? '';
        const name = next[screen];
        if (name) await page.getByRole('button', { name, exact: true }).click();
      }
      // The map loads after the first screen: measure the scene with it, not its one-off creation.
      await page.waitForFunction(() => document.querySelector('#game-canvas canvas'));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    } else {
      await page.waitForFunction(() => (window as { __bareReady?: number }).__bareReady);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const frames = recordFrames(page, ms);
    if (kind === 'game') await page.getByRole('button', { name: 'End round without a proposal', exact: true }).click();
    const out = await frames;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return out;
  } finally {
    await context.close();
  }
}

/** One reading of the heap after a forced garbage collection, in bytes. */
export interface HeapReading {
  /** JSHeapUsedSize: everything in V8's heap, compiled code included. */
  used: number;
  /** The objects of a heap snapshot without V8's compiled code (which grows as functions get optimized). */
  objects: number;
}

/** The heap after a forced garbage collection (three, then a snapshot summed by node type). */
async function heapAfterGc(page: Page): Promise<HeapReading> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  let text = '';
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => { text += e.chunk; });
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snapshot = JSON.parse(text) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const type = fields.indexOf('type'), size = fields.indexOf('self_size'), code = types.indexOf('code');
  let objects = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) if (snapshot.nodes[i + type] !== code) objects += snapshot.nodes[i + size]!;
  return { used: metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN, objects };
}

/**
 * The heap (after a forced collection) at each of `checkpoints`, a rising list of game counts
 * played in a row in one tab, and the games played in all.
 */
export async function heapAt(page: Page, checkpoints: readonly number[], timeoutMs = 300_000): Promise<{ heap: Map<number, HeapReading>; played: number }> {
  const heap = new Map<number, HeapReading>();
  let played = 0;
  for (const n of checkpoints) {
    played += await playGamesInPage(page, n - played, timeoutMs, false);
    heap.set(n, await heapAfterGc(page));
  }
  return { heap, played };
}
