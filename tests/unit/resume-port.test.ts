// The menu's resume service: it autosaves each new game state while playing, forgets the save
// when the game ends, continues a save into a RESUME event, and tells the player when the browser
// is not keeping saves or a save was refused.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { AppEvent } from '../../src/machines/events';
import type { ViewModel } from '../../src/machines/view-model';
import { LEGACY_SAVE_KEY as SAVE_KEY, readSaves } from '../../src/platform/saves';
import { createStorage } from '../../src/platform/storage';
import { createResumePort } from '../../src/ui/resume-port';
import { replay } from '../../src/sim/game';
import { decodeResumeCode, encodeResumeCode } from '../../src/platform/resume-code';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
});

function memoryBackend(full = false): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full && k !== '__asean-mediator-probe__') throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
  } as unknown as Storage;
}

const vm = (screen: ViewModel['screen'], game: ViewModel['game']): ViewModel => ({ screen, level, game, error: null, refusal: null });
const load = async () => ({ ok: true as const, level });

describe('resume port', () => {
  it('autosaves while playing, continues the save, and forgets it when the game ends', async () => {
    const storage = createStorage(memoryBackend());
    const sent: AppEvent[] = [];
    const port = createResumePort(storage, (e) => sent.push(e), load);
    expect(port.saved(level)).toBeNull();
    const game = replay(level, 3, 'tense', [{ type: 'host_talks' }]);
    port.autosave(vm('menu', game));
    expect(port.saved(level)).toBeNull();
    port.autosave(vm('acting', game));
    expect(port.saved(level)).toMatchObject({ levelId: level.id, round: 1, difficulty: 'tense' });
    expect(await port.continueSaved(level)).toBe(true);
    expect(sent).toEqual([{ type: 'RESUME', levelId: level.id, level, game }]);
    port.autosave(vm('debrief', { ...game, outcome: { kind: 'loss', reason: 'war', score: 0, breakdown: { acceptance: 0, livesSaved: 0, returns: 0, durability: 0, credibility: 0 } } }));
    expect(readSaves(storage).games).toEqual([]);
    expect(port.notices()).toEqual([]);
  });

  it('says so when storage is full, and when a save is refused', () => {
    const full = createStorage(memoryBackend(true));
    const port = createResumePort(full, () => {}, load);
    expect(port.notices()).toEqual([]);
    port.autosave(vm('acting', replay(level, 1, 'calm', [])));
    expect(port.notices()).toEqual([]); // nothing is written before the first decision
    port.autosave(vm('acting', replay(level, 1, 'calm', [{ type: 'host_talks' }])));
    expect(port.notices().join(' ')).toMatch(/not keeping saved games/);
    const storage = createStorage(memoryBackend());
    storage.set(SAVE_KEY, { v: 1, levelId: level.id, savedAt: 1, game: { nonsense: true } });
    const other = createResumePort(storage, () => {}, load);
    expect(other.saved(level)).toBeNull();
    expect(other.notices().join(' ')).toMatch(/could not be read/);
  });

  it('gives the code of the game on screen, and restores a code into RESUME', async () => {
    const sent: AppEvent[] = [];
    const port = createResumePort(createStorage(memoryBackend()), (e) => sent.push(e), load);
    const game = replay(level, 9, 'violent', [{ type: 'hotline' }, { type: 'end_round' }]);
    const code = port.codeOf(vm('world', game));
    expect(code).toMatch(/^AM3\./);
    expect(port.codeOf(vm('menu', null))).toBeNull();
    expect(await port.enterCode('nonsense', level)).toMatch(/not a resume code/);
    expect(await port.enterCode(code!, level)).toBeNull();
    expect(sent[0]).toMatchObject({ type: 'RESUME', levelId: level.id });
    expect(sent[0]?.type === 'RESUME' && sent[0].game).toEqual(game);
  });

  it('restores a code whose replay ends elsewhere and names what happened beside the game', async () => {
    const sent: AppEvent[] = [];
    const port = createResumePort(createStorage(memoryBackend()), (e) => sent.push(e), load);
    const game = replay(level, 9, 'violent', [{ type: 'hotline' }, { type: 'end_round' }]);
    const read = decodeResumeCode(port.codeOf(vm('world', game))!);
    if (!read.ok) throw new Error(read.message);
    const other = encodeResumeCode({ ...read.data, digest: read.data.digest === '000000' ? '000001' : '000000' });
    expect(await port.enterCode(other, level)).toBeNull();
    expect(sent[0]?.type === 'RESUME' && sent[0].game).toEqual(game);
    expect(port.noticeFor(game)).toMatch(/computed it differently/);
    expect(port.noticeFor(replay(level, 10, 'violent', []))).toBeNull();
    expect(await port.enterCode(port.codeOf(vm('world', game))!, level)).toBeNull();
    expect(port.noticeFor(game)).toBeNull();
  });
});
