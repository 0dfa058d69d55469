// `npx tsx scripts/bench/profile.ts [build-folder|-] [startup|frames|bare] [trace]`: finds what a
// benchmark number is made of. Builds the game and the bare page (unless given a folder from an
// earlier build, holding game/ and bare/), then either:
// - startup: lists every request and long task until the menu is interactive, then the functions
//   with the most self time (a CPU profile);
// - frames (or bare, for the baseline): records the busiest scene under 4x CPU throttling, prints
//   each frame interval (and the screen and canvas width when they change), then the functions with
//   the most self time, or with `trace` the browser's own tasks (style, layout, paint, GPU) by time.
// Profiles and traces are written to the system's temporary folder, for Chrome's DevTools.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/browser';
import { startStaticServer } from '../../tests/e2e/global-setup';
import { buildBoth } from './build';

interface TraceEvent { name: string; ph: string; dur?: number; pid: number; tid: number; ts: number; args?: { name?: string } }
interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const [folder, what = 'frames', mode] = process.argv.slice(2);
const builds = folder && folder !== '-' ? { game: join(folder, 'game'), bare: join(folder, 'bare') } : await buildBoth();
console.error(`builds: ${builds.game}`);
const server = await startStaticServer(what === 'bare' ? builds.bare : builds.game);
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS] });
const out = (name: string) => join(tmpdir(), name);

/** The functions with the most self time in a CPU profile. */
function summarize(profile: CpuProfile): void {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    byName.set(key, (byName.get(key) ?? 0) + (self.get(n.id) ?? 0));
  }
  for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
}

/** The browser's tasks in a trace, by thread and name, longest first. */
function summarizeTrace(events: TraceEvent[]): void {
  const threads = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const byName = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const k = `${threads.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`} ${e.name}`;
    byName.set(k, (byName.get(k) ?? 0) + e.dur);
  }
  for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 50)) console.log(`${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
}

try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (what === 'startup') {
    const t0 = Date.now();
    page.on('request', (r) => console.log(`${Date.now() - t0} ms request ${r.url().replace(server.url, '')}`));
    page.on('console', (m) => console.log(`${Date.now() - t0} ms ${m.text()}`));
    await page.addInitScript(String.raw`(() => {
      new PerformanceObserver((l) => { for (const e of l.getEntries()) console.log('long task at', Math.round(e.startTime), 'for', Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true });
      const check = () => {
        if (window.__menuReady) return;
        const b = [...document.querySelectorAll('#app button')].find((x) => x.textContent.trim() === 'New game');
        if (b && !b.disabled && b.getClientRects().length) { window.__menuReady = performance.now(); console.log('menu ready at', Math.round(window.__menuReady)); }
      };
      new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
    })()`);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __menuReady?: number }).__menuReady, null, { timeout: 60_000 });
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(out('asean-startup.cpuprofile'), JSON.stringify(profile));
    summarize(profile as CpuProfile);
  } else {
    const bare = what === 'bare';
    await page.goto(bare ? server.url : `${server.url}?scenario=december-2025&seed=1&difficulty=violent`);
    if (bare) await page.waitForFunction(() => (window as unknown as { __bareReady?: number }).__bareReady);
    const next: Record<string, string> = { menu: 'New game', briefing: 'Begin', situation: 'Continue' };
    for (let screen = bare ? 'acting' : ''; screen !== 'acting'; ) {
      await page.waitForFunction(() => /^(menu|briefing|situation|acting)$/.test(document.documentElement.dataset['screen'] ?? ''));
      screen = (await page.evaluate(() => document.documentElement.dataset['screen'])) ?? '';
      const name = next[screen];
      if (name) await page.getByRole('button', { name, exact: true }).click();
    }
    await page.waitForFunction(() => document.querySelector('#game-canvas canvas') ?? document.querySelector('canvas'));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
    const traced = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    if (mode === 'trace') {
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc,gpu,v8.execute', transferMode: 'ReportEvents' });
    } else {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    const frames = page.evaluate(`new Promise((done) => {
      const out = []; let last = 0, seen = ''; const end = performance.now() + 4000;
      const frame = (t) => {
        const now = (document.documentElement.dataset.screen || '') + ':' + (document.querySelector('canvas')?.width ?? 0);
        if (now !== seen) { seen = now; out.push(now); }
        if (last) out.push(Math.round(t - last));
        last = t;
        if (t < end) requestAnimationFrame(frame); else done(out);
      };
      requestAnimationFrame(frame);
    })`) as Promise<(number | string)[]>;
    if (!bare) await page.getByRole('button', { name: 'End round without a proposal', exact: true }).click();
    const intervals = await frames;
    const sorted = intervals.filter((x): x is number => typeof x === 'number').sort((a, b) => a - b);
    console.log(`${sorted.length} frames, p50 ${sorted[Math.floor(sorted.length / 2)]} ms, p95 ${sorted[Math.ceil(sorted.length * 0.95) - 1]} ms`);
    console.log(intervals.join(' '));
    if (mode === 'trace') {
      await cdp.send('Tracing.end');
      await traced;
      writeFileSync(out('asean-frames.trace.json'), JSON.stringify({ traceEvents: events }));
      summarizeTrace(events);
    } else {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(out('asean-frames.cpuprofile'), JSON.stringify(profile));
      summarize(profile as CpuProfile);
    }
  }
  await context.close();
} finally {
  await browser.close();
  server.server.close();
}
