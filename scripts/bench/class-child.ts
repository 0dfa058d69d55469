// A class server in a process of its own for the class bench, so the simulated clients' work is
// not counted against it. Prints one JSON line (port, code, teacher key) and runs until stdin
// closes. `--tables N` sets the session's tables; `--redis URL` makes it one of a group of processes.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { newSession, startClassServer } from '../../src/server/class-server';
import { watchStalls } from './stalls';

const { values } = parseArgs({ options: { tables: { type: 'string', default: '6' }, redis: { type: 'string' } } });
// `npm run class` opens at most 60 tables and 2,000 clients; the bench goes past both, so that every
// simulated student sits at a table and plays (five to a table) however many there are.
const tables = Math.max(1, Number(values.tables));
const data = newSession({ levelId: 'july-2025', tables: 1, seed: 7 });
data.tables = Array.from({ length: tables }, (_, i) => ({ id: `t${i + 1}`, name: String(i + 1), entries: [] }));
const server = await startClassServer({ port: 0, host: '127.0.0.1', dataDir: null, resume: data,
  ...(values.redis ? { redis: values.redis } : {}) });
server.room.maxClients = Math.max(server.room.maxClients, tables * 5 + 10);
// Thousands of joins in a row on a busy machine can take longer than the default 15 s between a
// seat's reservation and its connection.
server.room.setSeatReservationTime(60);
console.log(JSON.stringify({ port: server.port, code: server.code, key: server.teacherKey }));
process.stdin.resume();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
// A line `play` on stdin: the clients are seated and play starts, so the server's stalls count from here.
let watch = watchStalls();
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'play') return;
  watch.stop();
  watch = watchStalls();
});
// On stdin's end: the server's CPU time and wall time since it started, its longest stall since
// play started (or since it started), then stop.
process.stdin.on('end', () => {
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, wallMs: performance.now() - t0, stallMs: watch.stop().longestMs }));
  void server.close().then(() => process.exit(0));
});
