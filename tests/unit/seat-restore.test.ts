// A game at a delegation's seat, reloaded (Continue) or reopened from its code, goes on where the
// player was: a package the envoy had tabled waits again for the seat's answer, the answers already
// given show again; the seat never gets a second own turn in a round the envoy has played. A reload
// between rounds, and a new try with no decision of its own, open at the seat's own turn.
// Driven through the app as the page wires it: the controller, the saves service as its restorer
// and the resume port's autosave on every view model (src/main.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { ViewModel } from '../../src/machines/view-model';
import { createController, type Controller } from '../../src/machines/controller';
import { createStorage, type Storage } from '../../src/platform/storage';
import { createSaves } from '../../src/platform/saves';
import { createResumePort, type ResumePort } from '../../src/ui/resume-port';
import { createGame, step } from '../../src/sim/game';
import { envoyNext } from '../../src/sim/seats/envoy-policy';
import { seatRoundStage } from '../../src/sim/seats/round-stage';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
});

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return createStorage({ getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) } as never);
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** The page over `storage`: a controller with the saves as its restorer, autosaving every view model. */
async function page(storage: Storage): Promise<{ c: Controller; port: ResumePort; vm: () => ViewModel }> {
  const saves = createSaves(storage);
  const c = createController(level.id, async () => ({ ok: true as const, level }), { restorer: saves });
  const port = createResumePort(saves, c.send);
  c.subscribe(port.autosave);
  c.start();
  for (let i = 0; i < 20 && c.getViewModel().screen !== 'menu'; i++) await tick();
  return { c, port, vm: () => c.getViewModel() };
}

/** Continue on a fresh page (a reload), until the game is on screen. */
async function reload(storage: Storage): Promise<{ c: Controller; vm: () => ViewModel }> {
  const p = await page(storage);
  p.c.send({ type: 'RESTORE', request: { kind: 'save' } });
  for (let i = 0; i < 50 && p.vm().screen !== 'seat'; i++) await tick();
  return p;
}

/** A seat game at Cambodia's chair, played until the envoy tables its first package. */
async function untilPackage(storage: Storage): Promise<{ c: Controller; port: ResumePort; vm: () => ViewModel }> {
  const p = await page(storage);
  p.c.send({ type: 'NEW_GAME', seed: 8, seat: 'kh' });
  p.c.send({ type: 'BEGIN' });
  for (let n = 0; n < 20 && p.vm().seat?.stage !== 'answering'; n++) {
    const stage = p.vm().seat?.stage;
    if (stage === 'own') {
      if (p.vm().game!.round === 2) p.c.send({ type: 'SEAT_ACT', action: { type: 'public_statement', side: 'kh', tone: 'calm' } });
      p.c.send({ type: 'SEAT_READY' });
    } else p.c.send({ type: 'SEAT_CONTINUE' });
  }
  expect(p.vm().seat).toMatchObject({ side: 'kh', stage: 'answering' });
  return p;
}

describe('a seat game reloaded while the envoy’s package waits for its answer', () => {
  it('asks the seat again to answer the same package, with the same game behind it', async () => {
    const storage = memoryStorage();
    const before = (await untilPackage(storage)).vm();
    const after = (await reload(storage)).vm();
    expect(after.screen).toBe('seat');
    expect(after.seat).toEqual(before.seat);
    expect(after.game?.log).toEqual(before.game?.log);
  });

  it('takes the answer after the reload as it would have before', async () => {
    const storage = memoryStorage();
    const first = await untilPackage(storage);
    const { c, vm } = await reload(storage);
    first.c.send({ type: 'SEAT_ANSWER', answer: 'accept' });
    const expected = first.vm().game!.log;
    expect(vm().seat?.stage).toBe('answering');
    c.send({ type: 'SEAT_ANSWER', answer: 'accept' });
    expect(vm().seat?.stage).toBe('responding');
    expect(vm().game?.log).toEqual(expected);
  });

  it('shows the answers again when reloaded after answering, without a second own turn that round', async () => {
    const storage = memoryStorage();
    const first = await untilPackage(storage);
    first.c.send({ type: 'SEAT_ANSWER', answer: 'reject' });
    expect(first.vm().seat?.stage).toBe('responding');
    const after = (await reload(storage)).vm();
    expect(after.seat).toMatchObject({ side: 'kh', stage: 'responding', pending: null });
    expect(after.game?.log).toEqual(first.vm().game?.log);
  });

  it('reopens at the package from the game’s resume code too', async () => {
    const first = await untilPackage(memoryStorage());
    const before = first.vm();
    const code = first.port.codeOf(before)!;
    expect(code).toMatch(/^AM5\./);
    const { port, vm } = await page(memoryStorage());
    expect(await port.enterCode(code, level)).toBeNull();
    for (let i = 0; i < 50 && vm().screen !== 'seat'; i++) await tick();
    expect(vm().seat).toEqual(before.seat);
  });

  it('reopens a reload on the round’s news at the next round’s own turn, as the seat’s games always have', async () => {
    // The log cannot tell the news from the next own turn (no decision lies between them); the
    // seat's game opens at the own turn of the day it has reached.
    const storage = memoryStorage();
    const p = await page(storage);
    p.c.send({ type: 'NEW_GAME', seed: 8, seat: 'kh' });
    p.c.send({ type: 'BEGIN' });
    p.c.send({ type: 'SEAT_READY' });
    expect(p.vm().seat?.stage).toBe('world');
    const { vm } = await reload(storage);
    expect(vm().seat?.stage).toBe('own');
    expect(vm().game?.round).toBe(2);
    expect(vm().game?.log).toEqual(p.vm().game?.log);
  });

  it('opens a new try ("Try again from day N") with no decision of its own yet at its own turn', async () => {
    const storage = memoryStorage();
    const first = await untilPackage(storage);
    first.c.send({ type: 'SEAT_ANSWER', answer: 'reject' });
    for (let n = 0; n < 200 && first.vm().screen === 'seat'; n++) {
      const stage = first.vm().seat?.stage;
      first.c.send(stage === 'own' ? { type: 'SEAT_READY' } : stage === 'answering' ? { type: 'SEAT_ANSWER', answer: 'reject' } : { type: 'SEAT_CONTINUE' });
    }
    expect(first.vm().screen).toBe('debrief');
    first.c.send({ type: 'TRY_AGAIN', round: 2 });
    expect(first.vm().seat).toMatchObject({ side: 'kh', stage: 'own' });
    const { vm } = await reload(storage);
    expect(vm().seat?.stage).toBe('own');
    expect(vm().game?.parent?.fromRound).toBe(2);
  });

  it('still starts a fresh round, and a round the seat has only begun, at its own turn', async () => {
    const storage = memoryStorage();
    const p = await page(storage);
    p.c.send({ type: 'NEW_GAME', seed: 8, seat: 'kh' });
    p.c.send({ type: 'BEGIN' });
    p.c.send({ type: 'SEAT_ACT', action: { type: 'bilateral_call', side: 'kh' } });
    expect(p.vm().game?.log).toHaveLength(1);
    expect((await reload(storage)).vm().seat?.stage).toBe('own');
  });
});

describe('where a seat’s round stands, read from its log', () => {
  it('own until the envoy acts, then the envoy’s, then answered once its package is answered; own again after the round ends', () => {
    let g = createGame(level, { seed: 8 });
    const next = () => envoyNext(level, g)!;
    expect(seatRoundStage(g)).toBe('own');
    // Day 1: the envoy's plan has no package; its round ends.
    for (let n = 0; n < 10 && g.round === 1; n++) g = step(level, g, next()).state;
    expect(seatRoundStage(g)).toBe('own');
    g = step(level, g, { type: 'request_observers', side: 'kh' }).state;
    expect(seatRoundStage(g)).toBe('own');
    g = step(level, g, next()).state;
    expect(g.log.at(-1)?.type).not.toBe('propose');
    expect(seatRoundStage(g)).toBe('envoy');
    for (let n = 0; n < 10 && next().type !== 'propose'; n++) g = step(level, g, next()).state;
    expect(seatRoundStage(g)).toBe('envoy');
    const tabled = next();
    if (tabled.type !== 'propose') throw new Error('the envoy tables a package on day 2');
    g = step(level, g, { ...tabled, humans: { kh: 'reject' } }).state;
    expect(seatRoundStage(g)).toBe('answered');
    g = step(level, g, next()).state;
    expect(g.log.at(-1)?.type).toBe('end_round');
    expect(seatRoundStage(g)).toBe('own');
  });
});
