// Flow that used to live in the views, now in the machines and seen through the controller's view
// model: a deep link's seed as input, pause as a state that holds the round's events back,
// hot-seat play as round states with the teams' answers and reasons in context, restoring a save
// or a code through `restoring`, who plays each delegation, and a class link that waits on the
// menu while the player decides about another unfinished game.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LevelLoad, Restorer } from '../../src/machines/app';
import { createController, type ControllerOptions } from '../../src/machines/controller';
import type { Level } from '../../src/sim/level';
import { replay } from '../../src/sim/game';
import { fairPackage } from '../../src/sim/strategies';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel();
});

const tick = () => new Promise((r) => setTimeout(r, 0));

async function started(options: ControllerOptions = {}) {
  const c = createController(level.id, async (): Promise<LevelLoad> => ({ ok: true, level }), options);
  c.start();
  await tick();
  expect(c.getViewModel().screen).toBe('menu');
  return c;
}

async function acting(options: ControllerOptions = {}) {
  const c = await started(options);
  c.send({ type: 'NEW_GAME', seed: 5 });
  c.send({ type: 'BEGIN' });
  c.send({ type: 'CONTINUE' });
  expect(c.getViewModel().screen).toBe('acting');
  return c;
}

describe('the deep link as input', () => {
  it("starts every game without its own seed from the link's seed", async () => {
    const c = await started({ seed: 4242 });
    c.send({ type: 'NEW_GAME', difficulty: 'calm' });
    expect(c.getViewModel().game).toMatchObject({ seed: 4242, difficulty: 'calm' });
    c.send({ type: 'TO_MENU' });
    c.send({ type: 'NEW_GAME', seed: 7 });
    expect(c.getViewModel().game?.seed).toBe(7);
  });
});

describe('pause', () => {
  it('is a state of play: the round takes no decision while paused, and goes on after', async () => {
    const c = await acting();
    c.send({ type: 'PAUSE' });
    expect(c.getViewModel()).toMatchObject({ screen: 'acting', paused: true });
    c.send({ type: 'ACT', action: { type: 'host_talks' } });
    expect(c.getViewModel().game?.log).toEqual([]);
    c.send({ type: 'UNPAUSE' });
    c.send({ type: 'ACT', action: { type: 'host_talks' } });
    expect(c.getViewModel()).toMatchObject({ paused: false });
    expect(c.getViewModel().game?.log).toEqual([{ type: 'host_talks' }]);
    c.send({ type: 'PAUSE' });
    c.send({ type: 'TO_MENU' });
    expect(c.getViewModel()).toMatchObject({ screen: 'menu', paused: false });
  });
});

describe('hot-seat play', () => {
  it('passes a tabled package to each team, keeps their answers and reasons, then tables it with them', async () => {
    const c = await acting({ players: { th: 'team', kh: 'team' } });
    const proposal = fairPackage(level);
    c.send({ type: 'PROPOSE', proposal });
    expect(c.getViewModel().hotseat).toEqual({ stage: 'handover', side: 'th', proposal, answers: {}, teams: ['th', 'kh'] });
    expect(c.getViewModel().game?.log).toEqual([]); // nothing is tabled yet
    c.send({ type: 'TAKE_TURN' });
    expect(c.getViewModel().hotseat).toMatchObject({ stage: 'answering', side: 'th' });
    c.send({ type: 'TEAM_ANSWER', answer: 'reject', reason: '  Too little for our villages.  ' });
    expect(c.getViewModel().hotseat).toMatchObject({ stage: 'handover', side: 'kh', answers: { th: 'reject' } });
    c.send({ type: 'WITHDRAW' }); // too late: a team has answered
    expect(c.getViewModel().hotseat?.stage).toBe('handover');
    c.send({ type: 'TAKE_TURN' });
    c.send({ type: 'TEAM_ANSWER', answer: 'accept' });
    expect(c.getViewModel().hotseat?.stage).toBe('returning');
    c.send({ type: 'SHOW_ANSWERS' });
    const vm = c.getViewModel();
    expect(vm.screen).toBe('responding');
    expect(vm.hotseat).toBeNull();
    expect(vm.game?.log).toEqual([{ type: 'propose', proposal, humans: { th: 'reject', kh: 'accept' } }]);
    expect(vm.game?.answers.map((a) => [a.side, a.verdict, a.reason.kind])).toEqual([['th', 'reject', 'human'], ['kh', 'accept', 'human']]);
    expect(vm.notes).toEqual({ 0: { th: 'Too little for our villages.' } });
  });

  it('lets the envoy take the package back before any team answered; a refused package never goes round', async () => {
    const c = await acting({ players: { th: 'ai', kh: 'team' } });
    const { boundary: _omit, ...incomplete } = fairPackage(level);
    c.send({ type: 'PROPOSE', proposal: incomplete });
    expect(c.getViewModel().hotseat).toBeNull();
    expect(c.getViewModel().refusal?.key).toBe('sim.refuse.missingTerms');
    c.send({ type: 'PROPOSE', proposal: fairPackage(level) });
    expect(c.getViewModel().hotseat).toMatchObject({ stage: 'handover', side: 'kh', teams: ['kh'] });
    c.send({ type: 'ACT', action: { type: 'host_talks' } }); // no lever while the package is out
    c.send({ type: 'WITHDRAW' });
    expect(c.getViewModel()).toMatchObject({ screen: 'acting', hotseat: null });
    expect(c.getViewModel().game?.log).toEqual([]);
  });

  it('takes who plays each delegation from the menu for the next game', async () => {
    const c = await started();
    expect(c.getViewModel().players).toEqual({ th: 'ai', kh: 'ai' });
    c.send({ type: 'SET_PLAYER', side: 'kh', player: 'team' });
    expect(c.getViewModel().players).toEqual({ th: 'ai', kh: 'team' });
    c.send({ type: 'NEW_GAME', seed: 3 });
    c.send({ type: 'BEGIN' });
    c.send({ type: 'CONTINUE' });
    c.send({ type: 'PROPOSE', proposal: fairPackage(level) });
    expect(c.getViewModel().hotseat?.side).toBe('kh');
  });
});

describe('restoring', () => {
  it("reads the claim, loads its scenario with the game's loader unless it is the one loaded, checks it, and opens at its screen", async () => {
    const game = replay(level, 8, 'violent', [{ type: 'host_talks' }]);
    const loaded: string[] = [];
    const checked: string[] = [];
    const restorer: Restorer = {
      read: async (request) => (request.kind === 'save'
        ? { ok: true, claim: { levelId: level.id, data: 'save', unknownScenario: { key: 'menu.resume.unknownScenario' } } }
        : request.code === 'AM2.ELSEWHERE'
          ? { ok: true, claim: { levelId: 'elsewhere', data: 'code', unknownScenario: { key: 'menu.code.unknownScenario', args: { id: 'elsewhere' } } } }
          : { ok: false, notice: { key: 'menu.code.typo' } }),
      check: async (l, claim) => {
        checked.push(`${l.id}:${String(claim.data)}`);
        return claim.data === 'save' ? { ok: true, level: l, game } : { ok: false, notice: { key: 'menu.code.doesNotFit' } };
      },
    };
    const c = createController(level.id, async (id): Promise<LevelLoad> => {
      loaded.push(id);
      return id === 'elsewhere' ? { ok: false, errors: ['levels/elsewhere.json: (root): unknown level id'] } : { ok: true, level };
    }, { restorer });
    c.start();
    await tick();
    c.send({ type: 'RESTORE', request: { kind: 'code', code: 'AM2.TYPO' } });
    expect(c.getViewModel().screen).toBe('boot'); // restoring shows the loading screen
    await tick();
    expect(c.getViewModel()).toMatchObject({ screen: 'menu', notice: { key: 'menu.code.typo' } });
    c.send({ type: 'RESTORE', request: { kind: 'code', code: 'AM2.ELSEWHERE' } });
    await tick();
    await tick();
    expect(c.getViewModel()).toMatchObject({ screen: 'menu', notice: { key: 'menu.code.unknownScenario', args: { id: 'elsewhere' } } });
    c.send({ type: 'RESTORE', request: { kind: 'save' } });
    await tick();
    await tick();
    expect(c.getViewModel()).toMatchObject({ screen: 'acting', notice: null });
    expect(c.getViewModel().game).toEqual(game);
    expect(loaded).toEqual([level.id, 'elsewhere']); // the save's scenario was already loaded
    expect(checked).toEqual([`${level.id}:save`]);
  });
});

describe('a class link while another game is unfinished', () => {
  const unfinished = { id: 'december-2025~5~tense~1000', levelId: 'december-2025', round: 1, maxRounds: 8, decisions: 2, code: 'AM3.XXXX' };
  const asked = { type: 'ASK_BEFORE_LINK' as const, start: { difficulty: 'violent' as const, seed: 42 }, unfinished };

  it('holds the link\'s game on the menu (vm.question), then starts it when the player says so', async () => {
    const c = await started();
    c.send({ type: 'START_LINKED' }); // nothing asked: nothing happens
    expect(c.getViewModel()).toMatchObject({ screen: 'menu', question: null });
    c.send(asked);
    expect(c.getViewModel()).toMatchObject({ screen: 'menu', question: { start: asked.start, unfinished } });
    c.send({ type: 'OPEN_SETTINGS' });
    expect(c.getViewModel().question).toBeNull();
    c.send({ type: 'CLOSE_SETTINGS' });
    expect(c.getViewModel().question).toEqual({ start: asked.start, unfinished }); // still waiting
    c.send({ type: 'START_LINKED' });
    expect(c.getViewModel()).toMatchObject({ screen: 'briefing', question: null });
    expect(c.getViewModel().game).toMatchObject({ seed: 42, difficulty: 'violent', log: [] });
  });

  it('continues the unfinished game instead, through restoring with its id', async () => {
    const game = replay(level, 5, 'tense', [{ type: 'host_talks' }, { type: 'hotline' }]);
    const requests: unknown[] = [];
    const restorer: Restorer = {
      read: async (request) => {
        requests.push(request);
        return { ok: true, claim: { levelId: level.id, data: 'save', unknownScenario: { key: 'menu.resume.unknownScenario' } } };
      },
      check: async (l) => ({ ok: true, level: l, game }),
    };
    const c = await started({ restorer });
    c.send(asked);
    c.send({ type: 'KEEP_UNFINISHED' });
    await tick();
    await tick();
    expect(requests).toEqual([{ kind: 'save', id: unfinished.id }]);
    expect(c.getViewModel()).toMatchObject({ screen: 'acting', question: null });
    expect(c.getViewModel().game).toEqual(game);
  });
});

describe('a restored game with something to say', () => {
  it('plays on and keeps the notice (a code whose replay ended elsewhere) for the menu', async () => {
    const game = replay(level, 6, 'calm', [{ type: 'host_talks' }]);
    const restorer: Restorer = {
      read: async () => ({ ok: true, claim: { levelId: level.id, data: 'code', unknownScenario: { key: 'menu.code.unknownScenario' } } }),
      check: async (l) => ({ ok: true, level: l, game, notice: { key: 'menu.code.diverged' } }),
    };
    const c = await started({ restorer });
    c.send({ type: 'RESTORE', request: { kind: 'code', code: 'AM3.ANY' } });
    await tick();
    await tick();
    expect(c.getViewModel()).toMatchObject({ screen: 'acting', notice: { key: 'menu.code.diverged' } });
    c.send({ type: 'TO_MENU' });
    expect(c.getViewModel()).toMatchObject({ screen: 'menu', notice: { key: 'menu.code.diverged' } });
  });
});
