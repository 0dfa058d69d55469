// `npm run class` as a teacher meets it in the terminal: it prints the teacher address with its key,
// the join address, the class code and a QR code, answers on its port, stops cleanly on SIGTERM
// with the session on disk, and a second start offers (here: is told) to resume that session.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'class-cli-'));
const running = new Set<ChildProcess>();

/** Starts the CLI and resolves with its output once it says how to stop it. */
function start(...extra: string[]): Promise<{ child: ChildProcess; out: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--port', '0', '--host', '127.0.0.1', '--no-build', '--data', dir, ...extra], { cwd: root });
  running.add(child);
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no start in time:\n${text}`)), 25_000);
    child.stdout!.on('data', () => {
      if (text.includes('Stop with Ctrl+C')) {
        clearTimeout(timer);
        ok({ child, out: () => text });
      }
    });
    child.once('exit', (c) => fail(new Error(`exited with ${c}:\n${text}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((ok) => {
    child.once('exit', (code) => {
      running.delete(child);
      ok(code);
    });
    child.kill('SIGTERM');
  });
}

afterAll(() => {
  for (const c of running) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run class', () => {
  it('prints the addresses, the code and a QR code, serves on its port, and resumes after a stop', async () => {
    const first = await start('--new');
    const text = first.out();
    const code = /class session ([A-Z0-9]{6})/.exec(text)?.[1];
    expect(code).toBeDefined();
    const teacher = new RegExp(`http://127\\.0\\.0\\.1:(\\d+)/teacher\\.html#code=${code}&key=[\\w-]{20,}`).exec(text);
    expect(teacher).not.toBeNull();
    expect(text).toContain(`/class.html`);
    expect(text).toMatch(/[▀▄█]{6,}/); // the QR code's blocks
    const res = await fetch(`http://127.0.0.1:${teacher![1]}/matchmake/joinById/${code}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Nok' }),
    });
    expect(((await res.json()) as { sessionId?: string }).sessionId).toBeTruthy();
    expect(await stop(first.child)).toBe(0);
    expect(existsSync(join(dir, `class-${code}.json`))).toBe(true);

    const second = await start('--resume');
    expect(second.out()).toContain(`Resumed class session ${code}`);
    expect(await stop(second.child)).toBe(0);
  });

  it('starts a new session with the seed it is given, and explains a seed it cannot take', async () => {
    const run = await start('--new', '--seed', '777');
    const code = /class session ([A-Z0-9]{6})/.exec(run.out())![1];
    expect(await stop(run.child)).toBe(0);
    const saved = JSON.parse(readFileSync(join(dir, `class-${code}.json`), 'utf8')) as { seed: number };
    expect(saved.seed).toBe(777);

    for (const bad of ['0', 'abc', '2.5', '2147483647']) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--port', '0', '--no-build', '--new', '--data', dir, '--seed', bad], { cwd: root });
      let err = '';
      child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
      const exit = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
      expect(exit, bad).toBe(1);
      expect(err.trim()).toBe(`--seed must be a whole number from 1 to 2147483646, not "${bad}".`);
    }
  });
});
