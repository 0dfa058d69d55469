// A redis-server of a test's own (Debian's package), on a free loopback port, keeping nothing on
// disk, stopped by its process id. Used by the scale-out test and the class bench.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** A running redis-server. */
export interface RedisProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Stops it (by its PID) and resolves once it has exited. */
  stop(): Promise<void>;
}

/** The redis-server program, or an error saying how to install it. */
export function redisServerPath(): string {
  const fromEnv = process.env['REDIS_SERVER_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  throw new Error('redis-server is not installed: install it with "apt-get install redis-server" (Debian/Ubuntu), '
    + 'or set REDIS_SERVER_PATH to the program. The scale-out test and bench start one of their own.');
}

/** A TCP port free on 127.0.0.1 now. */
export async function freeLoopbackPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ok, fail) => probe.once('error', fail).listen(0, '127.0.0.1', ok));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

/** Starts a redis-server on a free loopback port, with no snapshot and no append-only file. */
export async function startRedis(): Promise<RedisProcess> {
  const program = redisServerPath();
  const port = await freeLoopbackPort();
  const child = spawn(program, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', '/tmp'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(child.pid, 'SIGTERM');
    await exited;
  };
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`redis-server did not start in 10 s:\n${out}`)), 10_000);
    const read = (d: Buffer) => {
      out += d.toString();
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`redis-server exited with ${code}:\n${out}`));
    });
  }).catch(async (e: unknown) => {
    await stop();
    throw e;
  });
  return { url: `redis://127.0.0.1:${port}`, port, child, stop };
}
