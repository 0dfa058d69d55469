// `npm run bench [-- --json] [--runs 7] [--only node|browser|ui|class|party] [--before DIR]`: measures the
// game beside a bare Phaser 4 page built with the same Vite config in the same run, and prints a table
// (or, with --json, one JSON object keyed by metric name: value, unit, baseline, ratio, goal, met).
// `--only ui` runs the two interaction metrics alone; `--before DIR` (a build folder of an earlier
// commit of the game) measures the click-to-paint baseline on it in the same run; `--only class`
// runs the class server's metrics alone (with the three-party tables'; the two-process one starts a
// redis-server of its own: Debian's redis-server package), `--only party` only the three-party ones.
// Not part of `npm test`. Needs chromium (CHROMIUM_PATH, else /usr/bin/chromium).
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/browser';
import { startStaticServer } from '../tests/e2e/global-setup';
import { buildBoth } from './bench/build';
import { aiResponseP99, december, gamesPerSecond, quantile, searchRolloutsPerSecond } from './bench/node-metrics';
import { heapAt, loadOnce, phaserGzipKb, throttledFrames, type Load } from './bench/browser-metrics';
import { beside, median, table, type Report } from './bench/report';
import { availableParallelism, loadavg } from 'node:os';
import { classLevel, CLIENTS_PER_PROCESS, roundTrips, tableKb } from './bench/class-metrics';
import { partyRoundTrips, SEATS_PER_PROCESS } from './bench/party-metrics';
import { domNodesReplaced, scriptedGameInteractions } from './bench/interaction-metrics';

/**
 * Click-to-paint p95 (ms) of the build of 1d633a8, the commit before the screens updated in place:
 * three scripted games pooled, measured with `--before` in one run beside 600 ms for the in-place
 * screens, on a shared and busy 2-core machine. The baseline when no `--before` build is given;
 * pass one for a fair comparison on the machine at hand.
 */
const P95_BEFORE_IN_PLACE_MS = 928;

/** Pairs of frame recordings (game, bare page) and each recording's length. */
const FRAME_PAIRS = 7;
const FRAME_MS = 6000;

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    runs: { type: 'string', default: '7' },
    only: { type: 'string' },
    before: { type: 'string' },
  },
});
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 7);
const log = (s: string) => {
  if (!values.json) console.error(s);
};
const report: Report = {};

if (!values.only || values.only === 'node') {
  const level = await december();
  log('measuring the delegations and the balance engine in Node…');
  const gps = gamesPerSecond(level);
  report['games_per_second'] = { value: gps.warm, unit: 'games/CPU-s', goal: '>= 20000', met: gps.warm >= 20000,
    note: `scripted balance strategies on December (tense), 2000 games each, one core, CPU time, after a first pass of 500 games each (that pass, compilation included: ${gps.cold.toFixed(0)} games/CPU-s)` };
  // After the games: the random states of this measure, run first, left the rules compiled for
  // shapes the scripted games never take, which cost the games about a quarter of their speed.
  const p99 = aiResponseP99(level);
  report['ai_response_p99_ms'] = { value: p99, unit: 'ms', goal: '<= 2', met: p99 <= 2, note: 'both sides answer one package; 2000 random December states, fastest of 5 each' };
  const rps = searchRolloutsPerSecond(level);
  report['search_rollouts_per_second'] = { value: rps, unit: 'rollouts/CPU-s', goal: '>= 2000', met: rps >= 2000, note: 'tree search on 8 December (tense) games, 300 rollouts a day, each to the end of the game; one core, CPU time' };
}

if (!values.only || values.only === 'browser') {
  log('building the game and the bare Phaser page…');
  const builds = await buildBoth();
  const game = await startStaticServer(builds.game);
  const bare = await startStaticServer(builds.bare);
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS] });
  try {
    log(`loading each page ${runs} times, alternating…`);
    const ours: Load[] = [];
    const base: Load[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(await loadOnce(browser, game.url, builds.game, 'game'));
      base.push(await loadOnce(browser, bare.url, builds.bare, 'bare'));
    }
    const startOurs = median(ours.map((l) => l.ms));
    const startBare = median(base.map((l) => l.ms));
    report['startup_ms'] = beside(startOurs, startBare, 'ms', 'ratio <= 0.8', (_, r) => r <= 0.8,
      `median of ${runs} cold loads each; game: New game enabled, bare: scene created (Phaser's default renderer over the window, the page the goal was set against); load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
    const kb = median(ours.map((l) => l.gzipKb));
    const phaser = phaserGzipKb(builds.bare);
    // What makes up the first download (the load nearest the median), named by file without its hash.
    const typical = [...ours].sort((a, b) => Math.abs(a.gzipKb - kb) - Math.abs(b.gzipKb - kb))[0]!;
    const parts = typical.files.slice(0, 5).map((f) => `${f.path.replace(/^.*\//, '').replace(/-[\w-]{8}\./, '.')} ${f.kb.toFixed(1)}`).join(', ');
    report['initial_gzip_kb'] = beside(kb, phaser, 'KB', '<= 100', (v) => v <= 100,
      `gzip of every file requested before the menu is interactive (${typical.files.length} files; largest: ${parts}); baseline: Phaser's chunk (bare page total ${median(base.map((l) => l.gzipKb)).toFixed(0)} KB)`);

    log('recording frames under 4x CPU throttling, game and bare page in interleaved pairs…');
    // The machine's load moves both pages' frame times a lot from one minute to the next, so each
    // game recording is paired with a bare one taken right beside it (the order alternating), and
    // the goal is judged on the median of the pairs' ratios rather than on two separate medians.
    const pairs: { game: number[]; bare: number[]; load: number }[] = [];
    const gameUrl = `${game.url}?scenario=december-2025&seed=1&difficulty=violent`;
    // The bare page draws with the renderer the map would choose here (Canvas 2D where WebGL is software).
    const bareUrl = `${bare.url}?renderer=map`;
    for (let i = 0; i < FRAME_PAIRS; i++) {
      const load = loadavg()[0]!;
      const first = i % 2 === 0 ? 'game' : 'bare';
      const a = await throttledFrames(browser, first === 'game' ? gameUrl : bareUrl, first, FRAME_MS);
      const b = await throttledFrames(browser, first === 'game' ? bareUrl : gameUrl, first === 'game' ? 'bare' : 'game', FRAME_MS);
      pairs.push(first === 'game' ? { game: a, bare: b, load } : { game: b, bare: a, load });
    }
    const ratios = pairs.map((p) => quantile(p.game, 0.95) / quantile(p.bare, 0.95));
    const ratio = median(ratios);
    const gameP95 = median(pairs.map((p) => quantile(p.game, 0.95)));
    const bareP95 = median(pairs.map((p) => quantile(p.bare, 0.95)));
    const frames = (k: 'game' | 'bare') => pairs.reduce((n, p) => n + p[k].length, 0);
    const pooled = (k: 'game' | 'bare') => quantile(pairs.flatMap((p) => p[k]), 0.95);
    report['frame_p95_ms'] = { value: gameP95, unit: 'ms', baseline: bareP95, ratio, goal: 'ratio <= 1.5', met: ratio <= 1.5,
      note: `median of ${FRAME_PAIRS} per-pair ratios of p95 (each pair: the game and the bare page recorded ${FRAME_MS / 1000} s one after the other, order alternating), ratios ${ratios.map((r) => r.toFixed(2)).join(' ')}; values: medians of the pairs' p95; ` +
        `pooled p95 game ${pooled('game').toFixed(0)} ms over ${frames('game')} frames, bare ${pooled('bare').toFixed(0)} ms over ${frames('bare')} frames; ` +
        `game: December violent at 1366x768, map up, world moving after End round; bare: the renderer the map chooses and its canvas size; load average ${pairs.map((p) => p.load.toFixed(1)).join(' ')} on ${availableParallelism()} cores` };

    log('playing 105 games in one tab for the heap…');
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${game.url}?scenario=december-2025&difficulty=violent&renderer=canvas`);
    await page.waitForFunction(() => /^(menu|briefing)$/.test(document.documentElement.dataset['screen'] ?? ''));
    const { heap, played } = await heapAt(page, [5, 25, 50, 105]);
    await context.close();
    const at = (n: number) => heap.get(n) ?? { used: Number.NaN, objects: Number.NaN };
    const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
    // Read after a warm-up (25 games), over the heap's objects without V8's compiled code: a
    // snapshot after 25 and 105 games showed the growth of JSHeapUsedSize to be mostly optimized
    // code (InstructionStream, Code, bytecode arrays), which is not a leak. A steady leak of objects
    // or DOM nodes still shows over the next 80 games.
    const steady = at(105).objects / at(25).objects;
    report['heap_growth_ratio'] = { value: steady, unit: 'x', goal: '<= 1.05', met: steady <= 1.05,
      note: `heap objects without compiled code after ${played} games ${mb(at(105).objects)} over after 25 games ${mb(at(25).objects)}, GC forced first; JSHeapUsedSize ${mb(at(105).used)} over ${mb(at(25).used)} = ${(at(105).used / at(25).used).toFixed(3)}` };
    const early = at(50).used / at(5).used;
    report['heap_growth_50_over_5'] = { value: early, unit: 'x', goal: 'reported only', met: true,
      note: `the earlier figure: JSHeapUsedSize after 50 games ${mb(at(50).used)} over after 5 games ${mb(at(5).used)}` };
  } finally {
    await browser.close();
    game.server.close();
    bare.server.close();
  }
}

if (!values.only || values.only === 'ui') {
  log('building the game for the interaction metrics…');
  const dir = (await buildBoth()).game;
  const game = await startStaticServer(dir);
  const before = values.before ? await startStaticServer(values.before) : null;
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS] });
  const link = '?scenario=december-2025&seed=1&difficulty=tense';
  try {
    log('counting the DOM nodes a decision replaces…');
    const shares: { lever: number; term: number; elements: number }[] = [];
    for (let i = 0; i < 3; i++) shares.push(await domNodesReplaced(browser, `${game.url}${link}`));
    const lever = median(shares.map((r) => r.lever));
    const term = median(shares.map((r) => r.term));
    const worst = Math.max(lever, term);
    report['dom_nodes_replaced_per_decision'] = { value: worst * 100, unit: '%', goal: '<= 10', met: worst <= 0.1,
      note: `share of the acting screen's ${shares[0]?.elements ?? '?'} elements added or removed (MutationObserver), the larger of: using a lever ${(lever * 100).toFixed(1)}%, picking a term ${(term * 100).toFixed(1)}%; median of 3` };

    log('timing clicks to the next paint over whole games under 4x CPU throttling…');
    const pooled = async (url: string) => {
      const all: number[] = [];
      for (let i = 0; i < 3; i++) all.push(...(await scriptedGameInteractions(browser, url)).durations);
      return all;
    };
    const ours = await pooled(`${game.url}${link}`);
    const base = before ? await pooled(`${before.url}${link}`) : null;
    const p95 = quantile(ours, 0.95);
    const baseP95 = base ? quantile(base, 0.95) : P95_BEFORE_IN_PLACE_MS;
    report['interaction_p95_ms'] = beside(p95, baseP95, 'ms', 'ratio <= 0.5', (_, r) => r <= 0.5,
      `Event Timing, input to next paint, every click of 3 scripted December games (map loaded), ${ours.length} interactions, p50 ${quantile(ours, 0.5).toFixed(0)} ms; baseline: ${base ? `the --before build, ${base.length} interactions, p50 ${quantile(base, 0.5).toFixed(0)} ms` : 'recorded on the commit before in-place screens (no --before build given)'}`);
  } finally {
    await browser.close();
    game.server.close();
    before?.server.close();
  }
}

if (!values.only || values.only === 'class') {
  const level = await classLevel();
  let held = 0;
  let cpuShare300 = 0;
  for (const n of [30, 300]) {
    log(`class: ${n} simulated students, five to a table…`);
    const r = await roundTrips(level, n, 25);
    report[`class_roundtrip_p99_ms_n${n}`] = { value: r.p99, unit: 'ms', goal: '<= 100', met: r.p99 <= 100,
      note: `intent to the updated table state seen by the acting student, each table deciding every 0.5-1.5 s; ${r.samples} intents, median ${r.median.toFixed(1)} ms; server in its own process using ${(r.serverCpuShare * 100).toFixed(0)}% of a core (${r.serverCpuMsPerIntent.toFixed(1)} CPU-ms an intent, joins included), clients ${(r.clientCpuShare * 100).toFixed(0)}%; stalls in play: bench clients' longest ${r.clientStallMs.toFixed(0)} ms (GC ${(r.clientGcShare * 100).toFixed(0)}% of the time), server's longest ${r.serverStallMs.toFixed(0)} ms, loopback; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores` };
    if (r.p99 <= 100 && r.samples > 0) held = n;
    cpuShare300 = r.serverCpuShare;
  }
  // The ladder stops by itself: at the first count whose p99 is over 100 ms (or that gets no round
  // trip at all), after the last count, or once the ladder has run for CLASS_LADDER_S seconds.
  const ladder = [600, 1000, 1500, 2000, 2500, 3000];
  const CLASS_LADDER_S = 300;
  const ladderEnd = Date.now() + CLASS_LADDER_S * 1000;
  const tried: string[] = [];
  let stopped = 'the last count held';
  for (const n of ladder) {
    if (Date.now() > ladderEnd) {
      stopped = `stopped before ${n}: the ladder's ${CLASS_LADDER_S} s were spent`;
      break;
    }
    log(`class: ${n} simulated students…`);
    let r: Awaited<ReturnType<typeof roundTrips>>;
    try {
      r = await roundTrips(level, n, 20);
    } catch (e) {
      // A count the server (or this machine) cannot even seat ends the ladder as a count not held.
      tried.push(`${n}: ${(e as Error).message} (load ${loadavg()[0]!.toFixed(1)})`);
      stopped = `stopped at ${n}`;
      break;
    }
    const load = loadavg()[0]!.toFixed(1);
    log(`  p99 ${r.p99.toFixed(1)} ms over ${r.samples} intents (median ${r.median.toFixed(1)} ms, server ${(r.serverCpuShare * 100).toFixed(0)}% of a core, ${r.serverCpuMsPerIntent.toFixed(1)} CPU-ms an intent, clients ${(r.clientCpuShare * 100).toFixed(0)}% in ${r.clientProcesses} processes; stalls in play: bench clients' longest ${r.clientStallMs.toFixed(0)} ms (GC ${(r.clientGcShare * 100).toFixed(0)}% of the time), server's longest ${r.serverStallMs.toFixed(0)} ms, load ${load})`);
    tried.push(`${n}: p99 ${r.p99.toFixed(1)} ms, ${r.samples} intents, server ${(r.serverCpuShare * 100).toFixed(0)}% of a core, clients in ${r.clientProcesses} processes; stalls in play: bench clients' longest ${r.clientStallMs.toFixed(0)} ms (GC ${(r.clientGcShare * 100).toFixed(0)}% of the time), server's longest ${r.serverStallMs.toFixed(0)} ms, load ${load}`);
    if (r.p99 > 100 || r.samples === 0) {
      stopped = `stopped at ${n}`;
      break;
    }
    held = n;
  }
  report['class_clients_per_core'] = { value: held, unit: 'clients', goal: '>= 1000', met: held >= 1000,
    note: `largest of 30/300/${ladder.join('/')} simulated students (students in bench processes of at most ${CLIENTS_PER_PROCESS} each, every one seated and playing, five to a table) with round-trip p99 <= 100 ms; ${tried.join('; ')}; ${stopped}; ${availableParallelism()} cores shared with other work. At 300 the server used ${(cpuShare300 * 100).toFixed(0)}% of a core, so one core would serve about ${cpuShare300 > 0 ? Math.round(300 / cpuShare300) : 0} at that pace if CPU were the only limit` };
  // Two processes sharing a redis-server, each client joining through the process that does not
  // host its class: the total held beside one process's figure from this same run.
  let held2 = 0;
  const tried2: string[] = [];
  const steps2 = [300, ...ladder, 4000];
  for (const n of steps2) {
    log(`class: ${n} simulated students over two processes sharing Redis…`);
    const r = await roundTrips(level, n, 20, 2).catch((e: Error) => e);
    if (r instanceof Error) {
      log(`  ${r.message}`);
      tried2.push(`${n}: ${r.message}`);
      break;
    }
    log(`  p99 ${r.p99.toFixed(1)} ms over ${r.samples} intents; servers ${(r.serverCpuShare * 100).toFixed(0)}% of a core together, clients ${(r.clientCpuShare * 100).toFixed(0)}%; load ${loadavg()[0]!.toFixed(1)}`);
    tried2.push(`${n}: p99 ${r.p99.toFixed(0)} ms, servers ${(r.serverCpuShare * 100).toFixed(0)}% of a core together (${r.serverCpuMsPerIntent.toFixed(1)} CPU-ms an intent, joins included), clients ${(r.clientCpuShare * 100).toFixed(0)}%; stalls in play: bench clients' longest ${r.clientStallMs.toFixed(0)} ms (GC ${(r.clientGcShare * 100).toFixed(0)}% of the time), servers' longest ${r.serverStallMs.toFixed(0)} ms, load ${loadavg()[0]!.toFixed(1)}`);
    if (r.p99 > 100 || r.samples === 0) break;
    held2 = n;
  }
  report['class_clients_two_processes'] = beside(held2, held, 'clients', 'ratio -> 2 (two cores)', (v, ratio) => v >= 1000 && ratio >= 1.5,
    `largest of ${steps2.join('/')} simulated students, half in a class on each of two server processes sharing a redis-server, every client joining through the other process, round-trip p99 <= 100 ms (${tried2.join('; ')}); baseline: class_clients_per_core of this run; students in bench processes of at most ${CLIENTS_PER_PROCESS} each, on the same ${availableParallelism()} cores`);
  const kb = await tableKb(level);
  report['class_table_kb'] = { value: kb, unit: 'KB', goal: '<= 200', met: kb <= 200,
    note: 'server heap per table played to its end (game, log, synchronised copies), mean of 100 tables, GC forced' };
}

// Three-party tables: every seat (envoy, Thailand, Cambodia) a simulated client of its own.
if (!values.only || values.only === 'class' || values.only === 'party') {
  const level = await classLevel();
  let heldParty = 0;
  let cpuShareParty = 0;
  const triedParty: string[] = [];
  for (const n of [30, 300]) {
    log(`class: ${n} simulated seats at three-party tables…`);
    const r = await partyRoundTrips(level, n, 25);
    report[`class_roundtrip_p99_ms_party_n${n}`] = { value: r.p99, unit: 'ms', goal: '<= 100', met: r.p99 <= 100,
      note: `three seats a table, all played by clients: the envoy's intent to its updated table (or its package waiting), a delegation's answer to its screen clearing; ${r.samples} intents of which ${r.answers} answers, median ${r.median.toFixed(1)} ms; server ${(r.serverCpuShare * 100).toFixed(0)}% of a core; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores` };
    if (r.p99 <= 100 && r.samples > 0) heldParty = n;
    cpuShareParty = r.serverCpuShare;
  }
  for (const n of [600, 1002, 1500]) {
    log(`class: ${n} simulated seats at three-party tables…`);
    const r = await partyRoundTrips(level, n, 20).catch((e: Error) => {
      log(`  stopped: ${e.message}`);
      return null;
    });
    if (!r) break;
    log(`  p99 ${r.p99.toFixed(1)} ms over ${r.samples} intents, server ${(r.serverCpuShare * 100).toFixed(0)}% of a core, seats in ${r.clientProcesses} processes; load ${loadavg()[0]!.toFixed(1)}`);
    triedParty.push(`${n}: p99 ${r.p99.toFixed(1)} ms, server ${(r.serverCpuShare * 100).toFixed(0)}% of a core`);
    if (r.p99 > 100 || r.samples === 0) break;
    heldParty = n;
  }
  report['class_clients_per_core_party'] = { value: heldParty, unit: 'clients', goal: '>= 1000', met: heldParty >= 1000,
    note: `largest of 30/300/600/1002/1500 simulated seats at three-party tables (seats in bench processes of at most ${SEATS_PER_PROCESS} each, whole tables) with round-trip p99 <= 100 ms (${triedParty.join('; ')}); at 300 the server used ${(cpuShareParty * 100).toFixed(0)}% of a core, so one core would serve about ${cpuShareParty > 0 ? Math.round(300 / cpuShareParty) : 0} seats at that pace if CPU were the only limit` };
}

console.log(values.json ? JSON.stringify(report, null, 2) : table(report));
