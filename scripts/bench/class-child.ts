// A class server in a process of its own for the class bench, so the simulated clients' work is
// not counted against it. Prints one JSON line (port, code, teacher key) and runs until stdin
// closes. `--tables N` sets the session's tables; `--redis URL` makes it one of a group of processes.
import { parseArgs } from 'node:util';
import { startClassServer } from '../../src/server/class-server';

const { values } = parseArgs({ options: { tables: { type: 'string', default: '6' }, redis: { type: 'string' } } });
const server = await startClassServer({ port: 0, host: '127.0.0.1', dataDir: null, levelId: 'july-2025', tables: Number(values.tables), seed: 7,
  ...(values.redis ? { redis: values.redis } : {}) });
console.log(JSON.stringify({ port: server.port, code: server.code, key: server.teacherKey }));
process.stdin.resume();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
// On stdin's end: the server's CPU time and wall time since it started, then stop.
process.stdin.on('end', () => {
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, wallMs: performance.now() - t0 }));
  void server.close().then(() => process.exit(0));
});
