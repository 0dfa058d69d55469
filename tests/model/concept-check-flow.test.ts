// The concept check and memo in the app's flow, through the controller's view model: offered on
// the briefing and optional at every step (Begin alone, Skip before, Skip after), the post-check
// asked after the last round only when the pre-check was answered (and offered on the debrief
// otherwise), explanations shown until Continue, the memo kept in the record, and a restored game
// getting back the record kept for it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LevelLoad } from '../../src/machines/app';
import { createController, type Controller, type ControllerOptions } from '../../src/machines/controller';
import type { Level } from '../../src/sim/level';
import { emptyGrade, gameKey, type GradeRecord } from '../../src/machines/grade';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel();
});

const tick = () => new Promise((r) => setTimeout(r, 0));

async function briefing(options: ControllerOptions = {}): Promise<Controller> {
  const c = createController(level.id, async (): Promise<LevelLoad> => ({ ok: true, level }), options);
  c.start();
  await tick();
  c.send({ type: 'NEW_GAME', seed: 11, difficulty: 'tense' });
  expect(c.getViewModel().screen).toBe('briefing');
  return c;
}

/** Ends rounds without doing anything until the game is over (passive play always ends). */
function playOut(c: Controller): void {
  for (let i = 0; i < 400 && ['situation', 'acting', 'responding', 'world'].includes(c.getViewModel().screen); i++) {
    c.send({ type: 'CONTINUE' });
    c.send({ type: 'END_ROUND' });
  }
}

const answers = { ripeness: 'b', verification: 'a', leverage: 'c', reservation: 'a', ratification: 'b' };

describe('the concept check in the flow', () => {
  it('Begin alone plays without questions, records the pre-check as skipped and goes straight to the debrief', async () => {
    const c = await briefing();
    c.send({ type: 'BEGIN' });
    expect(c.getViewModel().screen).toBe('situation');
    expect(c.getViewModel().grade?.before).toEqual({ status: 'skipped' });
    playOut(c);
    expect(c.getViewModel().screen).toBe('debrief');
    expect(c.getViewModel().grade?.after).toEqual({ status: 'pending' });
  });

  it('answered before play, asks again after the last round, shows the explanations, then the debrief', async () => {
    const c = await briefing();
    c.send({ type: 'CHECK_START' });
    expect(c.getViewModel().screen).toBe('precheck');
    c.send({ type: 'CHECK_SUBMIT', answers });
    expect(c.getViewModel().screen).toBe('situation');
    expect(c.getViewModel().grade?.before).toEqual({ status: 'answered', answers });
    playOut(c);
    expect(c.getViewModel().screen).toBe('postcheck');
    c.send({ type: 'CHECK_CONTINUE' });
    expect(c.getViewModel().screen, 'Continue before answering does nothing').toBe('postcheck');
    c.send({ type: 'CHECK_SUBMIT', answers: { ...answers, leverage: 'a' } });
    expect(c.getViewModel().screen, 'the explanations show on the same screen').toBe('postcheck');
    expect(c.getViewModel().grade?.after).toMatchObject({ status: 'answered', answers: { leverage: 'a' } });
    c.send({ type: 'CHECK_SUBMIT', answers });
    expect(c.getViewModel().grade?.after, 'answers cannot be changed after seeing the explanations').toMatchObject({ answers: { leverage: 'a' } });
    c.send({ type: 'CHECK_CONTINUE' });
    expect(c.getViewModel().screen).toBe('debrief');
  });

  it('can be skipped at once before and after play', async () => {
    const c = await briefing();
    c.send({ type: 'CHECK_START' });
    c.send({ type: 'CHECK_SKIP' });
    expect(c.getViewModel().screen).toBe('situation');
    expect(c.getViewModel().grade?.before).toEqual({ status: 'skipped' });
    playOut(c);
    expect(c.getViewModel().screen, 'no post-check without a pre-check').toBe('debrief');

    const d = await briefing();
    d.send({ type: 'CHECK_START' });
    d.send({ type: 'CHECK_SUBMIT', answers });
    playOut(d);
    d.send({ type: 'CHECK_SKIP' });
    expect(d.getViewModel().screen).toBe('debrief');
    expect(d.getViewModel().grade?.after).toEqual({ status: 'skipped' });
  });

  it('is offered on the debrief to anyone who has not answered it after play, and not once answered', async () => {
    const c = await briefing();
    c.send({ type: 'BEGIN' });
    playOut(c);
    c.send({ type: 'CHECK_START' });
    expect(c.getViewModel().screen).toBe('postcheck');
    c.send({ type: 'CHECK_SUBMIT', answers });
    c.send({ type: 'CHECK_CONTINUE' });
    expect(c.getViewModel().screen).toBe('debrief');
    c.send({ type: 'CHECK_START' });
    expect(c.getViewModel().screen).toBe('debrief');
  });

  it('keeps the memo in the record, and a new game starts a fresh record', async () => {
    const c = await briefing();
    c.send({ type: 'BEGIN' });
    playOut(c);
    c.send({ type: 'MEMO', prompt: 'tried', text: 'Observers first, then a package.' });
    c.send({ type: 'MEMO', prompt: 'lasting', text: 'x'.repeat(5000) });
    const g = c.getViewModel().grade!;
    expect(g.memo.tried).toBe('Observers first, then a package.');
    expect(g.memo.lasting.length, 'capped').toBe(2000);
    expect(g.key).toBe(gameKey(c.getViewModel().game!));
    c.send({ type: 'NEW_GAME', seed: 12 });
    expect(c.getViewModel().grade?.memo.tried).toBe('');
    expect(c.getViewModel().grade?.key).toBe(`${level.id}~12~tense`);
  });

  it('a restored game gets back the record kept for it', async () => {
    const first = await briefing();
    first.send({ type: 'CHECK_START' });
    first.send({ type: 'CHECK_SUBMIT', answers });
    first.send({ type: 'CONTINUE' });
    first.send({ type: 'ACT', action: { type: 'host_talks' } });
    const game = first.getViewModel().game!;
    const kept: GradeRecord = { ...first.getViewModel().grade!, memo: { tried: 'kept', refused: '', lasting: '' } };
    const store = new Map<string, GradeRecord>([[kept.key, kept]]);
    const c = createController(level.id, async (): Promise<LevelLoad> => ({ ok: true, level }), { recallGrade: (k) => store.get(k) ?? null });
    c.start();
    await tick();
    c.send({ type: 'RESUME', levelId: level.id, level, game });
    expect(c.getViewModel().grade).toEqual(kept);
    const other = createController(level.id, async (): Promise<LevelLoad> => ({ ok: true, level }), { recallGrade: () => null });
    other.start();
    await tick();
    other.send({ type: 'RESUME', levelId: level.id, level, game });
    expect(other.getViewModel().grade).toEqual(emptyGrade(gameKey(game), level.id));
  });
});
