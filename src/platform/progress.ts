// Campaign progress: which scenarios the player has finished (any outcome unlocks the next) and
// whether the teacher's "play any scenario" switch is on. Kept in storage so it survives a reload;
// a garbled or old value reads as "nothing finished" instead of breaking the menu.

import type { Storage } from './storage';

/** The storage key of campaign progress. */
export const PROGRESS_KEY = 'asean-mediator:v1:progress';

/** How a finished scenario ended, best result kept. */
export interface FinishedRecord {
  kind: 'win' | 'partial' | 'loss';
  score: number;
}

/** Campaign progress as stored. */
export interface Progress {
  finished: Record<string, FinishedRecord>;
  /** Teacher mode: every scenario can be played, whatever is finished. */
  playAny: boolean;
}

const KINDS = new Set(['win', 'partial', 'loss']);

function isRecord(v: unknown): v is FinishedRecord {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return typeof r['kind'] === 'string' && KINDS.has(r['kind']) && typeof r['score'] === 'number' && Number.isFinite(r['score']);
}

/** Reads progress, dropping anything malformed. */
export function readProgress(storage: Storage): Progress {
  const raw = storage.get<unknown>(PROGRESS_KEY, {});
  const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const finished: Record<string, FinishedRecord> = {};
  const list = obj['finished'];
  if (list && typeof list === 'object' && !Array.isArray(list)) {
    for (const [id, rec] of Object.entries(list)) if (isRecord(rec)) finished[id] = { kind: rec.kind, score: rec.score };
  }
  return { finished, playAny: obj['playAny'] === true };
}

const RANK: Record<FinishedRecord['kind'], number> = { loss: 0, partial: 1, win: 2 };

/** Records that a scenario was finished, keeping the better of this and any earlier result. */
export function recordFinished(storage: Storage, levelId: string, result: FinishedRecord): Progress {
  const p = readProgress(storage);
  const old = p.finished[levelId];
  const better = !old || RANK[result.kind] > RANK[old.kind] || (RANK[result.kind] === RANK[old.kind] && result.score > old.score);
  if (better) p.finished[levelId] = { kind: result.kind, score: result.score };
  storage.set(PROGRESS_KEY, p);
  return p;
}

/** Turns the teacher's "play any scenario" switch on or off. */
export function setPlayAny(storage: Storage, on: boolean): Progress {
  const p = { ...readProgress(storage), playAny: on };
  storage.set(PROGRESS_KEY, p);
  return p;
}

/**
 * Whether a scenario can be played: the first always; any other once the one before it in
 * `order` is finished; every one in teacher mode. Ids not in `order` (a teacher's file) always.
 */
export function isUnlocked(order: readonly string[], progress: Progress, levelId: string): boolean {
  const i = order.indexOf(levelId);
  if (i <= 0 || progress.playAny) return true;
  return order[i - 1]! in progress.finished;
}
