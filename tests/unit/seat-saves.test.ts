// A game played at a delegation's seat is saved after each decision with its seat, and Continue
// brings it back at that seat (never as the envoy); an envoy's game is saved without one.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import { createGame, step } from '../../src/sim/game';
import { createStorage } from '../../src/platform/storage';
import { createSaves, readSaves, SAVES_KEY } from '../../src/platform/saves';
import { envoyNext } from '../../src/sim/seats/envoy-policy';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
});

function memoryStorage() {
  const map = new Map<string, string>();
  return createStorage({ getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) } as never);
}

/** A game at Cambodia's seat a few decisions in. */
function seatGame(): GameState {
  let g = step(level, createGame(level, { seed: 8 }), { type: 'bilateral_call', side: 'kh' }).state;
  for (let n = 0; n < 3; n++) g = step(level, g, envoyNext(level, g)!).state;
  return g;
}

describe('saving a game at a seat', () => {
  it('stores the seat with the game and restores the game at that seat', async () => {
    const storage = memoryStorage();
    const saves = createSaves(storage);
    const game = seatGame();
    saves.autosave({ screen: 'seat', level, game, seat: { side: 'kh', stage: 'own', pending: null } });
    const [entry] = readSaves(storage).games;
    expect(entry?.seat).toBe('kh');
    const fresh = createSaves(storage);
    const read = await fresh.read({ kind: 'save' });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const restored = await fresh.check(level, read.claim);
    expect(restored).toMatchObject({ ok: true, seat: 'kh' });
    if (restored.ok) expect(restored.game.log).toEqual(game.log);
  });

  it("saves an envoy's game without a seat, and refuses a stored seat that is not a delegation", async () => {
    const storage = memoryStorage();
    const saves = createSaves(storage);
    saves.autosave({ screen: 'acting', level, game: seatGame() });
    expect(readSaves(storage).games[0]).not.toHaveProperty('seat');
    const restored = await saves.check(level, (await saves.read({ kind: 'save' }) as { claim: Parameters<typeof saves.check>[1] }).claim);
    expect(restored).not.toHaveProperty('seat');
    const raw = storage.get(SAVES_KEY, { v: 3, games: [] as Record<string, unknown>[] });
    storage.set(SAVES_KEY, { ...raw, games: raw.games.map((g) => ({ ...g, seat: 'envoy' })) });
    expect(readSaves(storage).games).toEqual([]);
  });
});
