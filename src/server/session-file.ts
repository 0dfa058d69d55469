// A class session on disk: one JSON file per session in the data folder, rewritten (through a
// temporary file and a rename, so a crash never leaves half a file) whenever a table's log or a
// seat changes. Each table's seed and log are enough to rebuild it exactly by replay.

import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from '../content/zod';
import { actionSchema } from './messages';
import { humanAnswerSchema, partyDataSchema } from './party-messages';
import type { TableEntry } from '../sim/inject';
import { classChecksSchema } from './class-checks';

/** A session's phase: seating, playing, paused or over. */
export type Phase = 'lobby' | 'running' | 'paused' | 'ended';

const entrySchema = z.union([
  actionSchema,
  // a package the human delegations of a three-party table answered
  z.strictObject({ type: z.literal('propose'), proposal: z.record(z.string(), z.string()), humans: z.object({ th: humanAnswerSchema.optional(), kh: humanAnswerSchema.optional() }) }),
  z.strictObject({ type: z.literal('inject'), incident: z.string(), victim: z.enum(['th', 'kh']) }),
  z.strictObject({ type: z.literal('inject'), news: z.string() }),
]).transform((e) => e as TableEntry);

/** What a session file holds. */
export const sessionSchema = z.object({
  v: z.literal(1),
  code: z.string().regex(/^[A-Z0-9]{4,10}$/),
  teacherKey: z.string().min(16),
  levelId: z.string(),
  seed: z.number().int(),
  difficulty: z.enum(['calm', 'tense', 'violent']),
  createdAt: z.number(),
  updatedAt: z.number(),
  phase: z.enum(['lobby', 'running', 'paused', 'ended']),
  tables: z.array(z.object({ id: z.string(), name: z.string(), entries: z.array(entrySchema), party: partyDataSchema.optional() })),
  /** `key`: the seat's secret, which returns it to its student (absent in older files). */
  seats: z.array(z.object({ id: z.string(), name: z.string(), table: z.string(), role: z.enum(['', 'envoy', 'th', 'kh']).optional(), key: z.string().optional() })),
  /** The students' concept checks by seat (absent in files written before there were any). */
  checks: classChecksSchema.optional(),
});

/** A class session as stored. */
export type SessionData = z.infer<typeof sessionSchema>;

/** The file of session `code` in `dir`. */
export function sessionPath(dir: string, code: string): string {
  return join(dir, `class-${code}.json`);
}

/**
 * Writes a session's latest data, one write at a time: while a write is under way, later changes
 * wait and only the newest is written next. `flush()` resolves once the file holds the newest data.
 */
export class SessionWriter {
  private pending: SessionData | null = null;
  private running: Promise<void> | null = null;
  /** The last write error, if any (the room reports it; play goes on). */
  error: Error | null = null;

  constructor(protected readonly dir: string) {}

  /** Queues the newest data for writing. */
  save(data: SessionData): void {
    this.pending = data;
    this.running ??= this.drain();
  }

  /** Resolves when every queued write is on disk. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Writes one version of the session to its file (a subclass may also write it elsewhere). */
  protected async write(data: SessionData): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const path = sessionPath(this.dir, data.code);
    const tmp = `${path}.tmp`;
    await writeFile(tmp, JSON.stringify(data), 'utf8');
    await rename(tmp, path);
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending) {
        const data = this.pending;
        this.pending = null;
        try {
          await this.write(data);
          this.error = null;
        } catch (e) {
          this.error = e as Error;
        }
      }
    } finally {
      this.running = null;
    }
  }
}

/** Reads one session file; null with a reason when it is not a session this server wrote. */
export async function readSession(path: string): Promise<{ ok: true; data: SessionData } | { ok: false; error: string }> {
  try {
    const r = sessionSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (!r.success) return { ok: false, error: `${path}: not a class session file (${r.error.issues[0]?.path.join('.') ?? ''}: ${r.error.issues[0]?.message ?? ''})` };
    return { ok: true, data: r.data };
  } catch (e) {
    return { ok: false, error: `${path}: ${(e as Error).message}` };
  }
}

/** Sessions in `dir` that have not ended, newest first. */
export async function unfinishedSessions(dir: string): Promise<SessionData[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /^class-[A-Z0-9]+\.json$/.test(n));
  } catch {
    return [];
  }
  const out: SessionData[] = [];
  for (const n of names) {
    const r = await readSession(join(dir, n));
    if (r.ok && r.data.phase !== 'ended') out.push(r.data);
  }
  return out.sort((a, b) => b.updatedAt - a.updatedAt);
}
