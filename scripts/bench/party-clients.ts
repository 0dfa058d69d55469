// A process of simulated seats at three-party tables for the party bench (see class-clients.ts for
// why the clients leave the bench's process). Told which server, class and part of the tables it
// plays, it seats their envoys and delegation teams, says so over the IPC channel, plays on a
// message `{ end }` (the time to stop), then sends its round trips and exits.
import { parseArgs } from 'node:util';
import { classLevel } from './class-metrics';
import { playSeats } from './party-metrics';

const { values } = parseArgs({ options: {
  port: { type: 'string' }, code: { type: 'string' }, tables: { type: 'string' }, part: { type: 'string' }, parts: { type: 'string' },
} });
const parts = Number(values.parts);
const part = Number(values.part);
const ids = Array.from({ length: Number(values.tables) }, (_, i) => i).filter((i) => i % parts === part).map((i) => `t${i + 1}`);
const level = await classLevel();
const result = await playSeats(level, Number(values.port), values.code!, ids, () => new Promise((resolve) => {
  process.send!({ joined: ids.length });
  process.once('message', (m: { end: number }) => resolve(m.end));
}));
process.send!(result, () => process.exit(0));
