// The class benches' processes of simulated clients (class-clients.ts, party-clients.ts): started
// with their part of the tables, spoken to over an IPC channel, waited for (never for ever) and
// stopped with the run. Also `within`, the bound every step of the benches waits under.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** `p`, or a rejection naming `what` after `ms`: no step of the bench waits for ever. */
export function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${what} took over ${ms / 1000} s`)), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** A process of simulated clients; `message()` resolves with its next IPC message, in order. */
export interface ClientProcess { child: ChildProcess; message: () => Promise<unknown> }

/**
 * Starts `script` (a file of this folder) with `args` and an IPC channel; resolves once it has sent
 * its first message (its clients are seated), rejects if it exits first or takes over 120 s.
 */
export async function startClients(script: string, args: readonly string[]): Promise<ClientProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script), ...args], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const queue: unknown[] = [];
  const waiting: Array<(m: unknown) => void> = [];
  child.on('message', (m) => {
    const w = waiting.shift();
    if (w) w(m);
    else queue.push(m);
  });
  const message = () => (queue.length ? Promise.resolve(queue.shift()) : new Promise((resolve) => waiting.push(resolve)));
  await within(Promise.race([message(), new Promise<never>((_, fail) => child.once('exit', (c) => fail(new Error(`a client process exited with ${c} before seating its clients`))))]),
    120_000, 'seating a client process');
  return { child, message };
}

/** Waits for every client process to exit (up to 15 s each), killing any that does not. */
export async function stopClients(procs: readonly ClientProcess[]): Promise<void> {
  await Promise.all(procs.map(({ child }) => within(new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null))), 15_000, 'a client process stopping')
    .catch(() => child.pid && child.exitCode === null && process.kill(child.pid, 'SIGKILL'))));
}
