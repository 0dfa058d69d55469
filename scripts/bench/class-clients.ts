// A process of simulated students for the class bench. With every client in the bench's own process,
// that process (its garbage collection, its event loop) set the round trips' tail at a few hundred
// clients, not the server; so the students are spread over processes of their own, each holding
// whole tables. Told on its command line which server, class and tables, it seats its students, says
// so over the IPC channel, plays on a message `{ play: ms }` until that many ms have passed, then
// sends its round trips and what it used (CPU, its longest stall, its GC share) and exits.
import { parseArgs } from 'node:util';
import { Client, type Room } from 'colyseus.js';
import { classLevel, play } from './class-metrics';
import { within } from './client-processes';
import { watchStalls } from './stalls';

const { values } = parseArgs({ options: {
  port: { type: 'string' }, code: { type: 'string' }, tables: { type: 'string' }, students: { type: 'string' },
  part: { type: 'string' }, parts: { type: 'string' },
} });
const tables = Number(values.tables);
const part = Number(values.part);
const parts = Number(values.parts);
const level = await classLevel();
const sdk = new Client(`ws://127.0.0.1:${values.port}`);
// Student k sits at table (k mod tables) + 1, as in one process; this process takes the tables of its part.
const mine = Array.from({ length: Number(values.students) }, (_, k) => k).filter((k) => (k % tables) % parts === part);
const rooms: Room[] = [];
const byTable = new Map<string, Room[]>();
for (let i = 0; i < mine.length; i += 50) {
  const batch = mine.slice(i, i + 50);
  const joined = await within(Promise.all(batch.map((k) => sdk.joinById(values.code!, { name: `s${k}`, table: `t${(k % tables) + 1}` }))), 60_000, 'joining 50 students');
  joined.forEach((room, j) => {
    room.onMessage('*', () => undefined);
    const id = `t${(batch[j]! % tables) + 1}`;
    byTable.set(id, [...(byTable.get(id) ?? []), room]);
  });
  rooms.push(...joined);
}
process.send!({ joined: rooms.length });

process.once('message', (m: { play: number }) => {
  const ms = m.play;
  void (async () => {
    const samples: number[] = [];
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const watch = watchStalls();
    await play(level, byTable, Date.now() + ms, samples);
    const stalls = watch.stop();
    const cpu = process.cpuUsage(cpu0);
    await Promise.all(rooms.map((r) => r.leave().catch(() => undefined)));
    process.send!({ samples, cpuMs: (cpu.user + cpu.system) / 1000, wallMs: performance.now() - t0, stallMs: stalls.longestMs, gcShare: stalls.gcShare }, () => process.exit(0));
  })();
});
