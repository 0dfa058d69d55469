// `npm run class`: builds the game when the build is missing or older than its sources, then starts
// one process that serves the pages and hosts the class session on one port, and prints the
// teacher's address (with the secret key), the students' address, the class code and a QR code.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { DIFFICULTIES, type Difficulty } from '../sim/level';
import { startClassServer } from './class-server';
import { unfinishedSessions, type SessionData } from './session-file';

/** The largest seed a new session takes (the seeds `startClassServer` draws are 1 to this). */
const MAX_SEED = 2 ** 31 - 2;
const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '0.0.0.0' },
    tables: { type: 'string', default: '6' },
    scenario: { type: 'string', default: 'july-2025' },
    difficulty: { type: 'string', default: 'tense' },
    seed: { type: 'string' },
    data: { type: 'string', default: join(root, 'class-data') },
    resume: { type: 'boolean', default: false },
    new: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    // Several processes behind one address (docs/teachers/class-session.md, "Hosting many classes").
    redis: { type: 'string', default: process.env['CLASS_REDIS_URL'] },
    'public-address': { type: 'string', default: process.env['CLASS_PUBLIC_ADDRESS'] },
    lease: { type: 'string', default: '15' },
    help: { type: 'boolean', default: false },
  },
});

const HELP = `npm run class -- [options]
  --port N          port for the pages and the rooms (default 8080)
  --host ADDRESS    address to listen on (default 0.0.0.0: every network of this computer)
  --tables N        tables in a new session (default 6)
  --scenario ID     scenario of a new session (default july-2025)
  --difficulty D    calm, tense or violent (default tense)
  --seed N          the dice of a new session, 1 to 2147483646 (default: new ones each time);
                    two classes started with the same seed face the same crisis
  --data FOLDER     where session files are kept (default ./class-data)
  --resume | --new  resume the latest unfinished session, or start a new one, without asking
  --redis URL       join the processes sharing this Redis (redis://host:port; or CLASS_REDIS_URL):
                    each reaches every class, and resumes the classes of one that stops
  --public-address HOST:PORT
                    with --redis: where browsers reach this process (or CLASS_PUBLIC_ADDRESS;
                    default this computer's address and --port)
  --lease SECONDS   with --redis: how long a silent process keeps its classes (default 15)`;

/** The newest modification time under `path` (files and folders, recursively). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

/** Builds the game when dist/ lacks the class pages or is older than the sources. */
function buildIfNeeded(): void {
  const built = existsSync(join(dist, 'teacher.html')) ? statSync(join(dist, 'teacher.html')).mtimeMs : 0;
  const sources = Math.max(...['src', 'levels', 'assets', 'public', 'index.html', 'class.html', 'teacher.html'].map((p) => newest(join(root, p))));
  if (built >= sources) return;
  console.log('Building the game (once; about a minute)…');
  const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('The build failed: see the messages above, or run "npm run build" to try again.');
}

/** This computer's address on the local network, for the addresses students type. */
function lanAddress(host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return host;
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return 'localhost';
}

/** Asks whether to resume an unfinished session (only at a terminal; flags decide otherwise). */
async function chooseSession(dir: string): Promise<SessionData | undefined> {
  if (args.new) return undefined;
  const [latest] = await unfinishedSessions(dir);
  if (!latest) return undefined;
  const when = new Date(latest.updatedAt).toLocaleString();
  const what = `class ${latest.code} (${latest.tables.length} tables, ${latest.seats.length} students, last change ${when})`;
  if (args.resume) return latest;
  if (!process.stdin.isTTY) {
    console.log(`An unfinished ${what} is on disk: start with --resume to continue it. Starting a new session.`);
    return undefined;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = (await rl.question(`Resume ${what}? [Y/n] `)).trim().toLowerCase();
  rl.close();
  return answer === '' || answer.startsWith('y') ? latest : undefined;
}

async function main(): Promise<void> {
  if (args.help) return console.log(HELP);
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${args.port}".`);
  if (!DIFFICULTIES.includes(args.difficulty as Difficulty)) throw new Error(`--difficulty must be one of ${DIFFICULTIES.join(', ')}.`);
  const seed = args.seed === undefined ? undefined : Number(args.seed);
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 1 && seed <= MAX_SEED)) {
    throw new Error(`--seed must be a whole number from 1 to ${MAX_SEED}, not "${args.seed}".`);
  }
  const lease = Number(args.lease);
  if (!(lease >= 1 && lease <= 3600)) throw new Error(`--lease must be a number of seconds from 1 to 3600, not "${args.lease}".`);
  if (!args['no-build']) buildIfNeeded();
  const resume = await chooseSession(args.data);
  const server = await startClassServer({
    port, host: args.host, dataDir: args.data, distDir: dist, resume,
    levelId: args.scenario, tables: Number(args.tables), difficulty: args.difficulty as Difficulty, seed,
    ...(args.redis ? { redis: args.redis, leaseMs: lease * 1000, publicAddress: args['public-address'] ?? (port ? `${lanAddress(args.host)}:${port}` : undefined) } : {}),
  }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE') throw new Error(`Port ${port} is in use: close the other program or start with --port ${port + 1}.`);
    throw e;
  });
  // Stopping is wired before anything is printed: a Ctrl+C the moment the addresses appear still
  // saves the session and exits cleanly.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: saving and stopping…`);
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const base = `http://${lanAddress(args.host)}:${server.port}`;
  const join = `${base}/class.html#code=${server.code}`;
  console.log(`\n${resume ? 'Resumed' : 'Started'} class session ${server.code}. Session file: ${args.data}\n`);
  if (args.redis) console.log(`Sharing classes through Redis at ${args.redis} (process ${server.scale?.me}).\n`);
  console.log(`Teacher console (keep this address to yourself):\n  ${base}/teacher.html#code=${server.code}&key=${server.teacherKey}\n`);
  console.log(`Students open:\n  ${base}/class.html\nand type the class code:  ${server.code}\n`);
  console.log(await QRCode.toString(join, { type: 'terminal', small: true }));
  console.log('Stop with Ctrl+C: every table is kept on disk and can be resumed.');
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
