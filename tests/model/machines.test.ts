// Model-based tests: every state of the app and round machines is reached by some path, found by
// xstate/graph over the real machines (which call the real sim).
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { loadLevelChecker } from '../../src/content/level-gate';
import { appMachine, type LevelLoad } from '../../src/machines/app';
import type { RoundEvent } from '../../src/machines/events';
import { roundMachine } from '../../src/machines/round';
import type { Level } from '../../src/sim/level';
import { createGame } from '../../src/sim/game';
import { fairPackage } from '../../src/sim/strategies';
import { shippedLevel } from '../helpers/level';
import { say } from '../../src/ui/say';

let level: Level;
beforeAll(async () => {
  // LEVEL_TEXT is checked by the scenario checker, which the page loads on demand.
  await loadLevelChecker();
  level = await shippedLevel();
});

/** Every atomic state id of a machine, e.g. "app.menu". */
function leafStates(node: { id: string; states: Record<string, unknown> }): string[] {
  const children = Object.values(node.states) as { id: string; states: Record<string, unknown> }[];
  return children.length === 0 ? [node.id] : children.flatMap(leafStates);
}

const valueKey = (snap: { value: unknown }) => JSON.stringify(snap.value);

/** The atomic state ids a state value stands for: "acting" → ["acting"], { hotseat: "handover" } → ["hotseat.handover"]. */
function leafIds(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leafIds(v).map((id) => `${k}.${id}`));
}

describe('round machine', () => {
  it('reaches every state: situation, acting, responding, world, check and done (and the hot-seat stages)', () => {
    const game = createGame(level, { seed: 1 });
    const lastRound = { ...game, maxRounds: 1 }; // a one-round game, so the deadline ends it
    const { boundary: _omit, ...incomplete } = fairPackage(level);
    const events: RoundEvent[] = [
      { type: 'CONTINUE' },
      { type: 'ACT', action: { type: 'host_talks' } },
      { type: 'PROPOSE', proposal: incomplete },
      { type: 'PROPOSE', proposal: fairPackage(level) },
      { type: 'END_ROUND' },
      { type: 'TAKE_TURN' },
      { type: 'TEAM_ANSWER', answer: 'accept', reason: 'fair enough' },
      { type: 'WITHDRAW' },
      { type: 'SHOW_ANSWERS' },
    ];
    // Both models, and a team in the room for each delegation (the hot-seat stages).
    const reached = new Set(([[], ['th', 'kh']] as const).flatMap((teams) =>
      getShortestPaths(roundMachine, {
        events, input: { level, game: lastRound, teams: [...teams] },
        // Which teams have answered tells two handovers apart (the second leads to returning).
        serializeState: (snap) => JSON.stringify([snap.value, Object.keys(snap.context.held?.answers ?? {})]),
      })
        .flatMap((p) => leafIds(p.state.value).map((id) => `round.${id}`))));
    const expected = leafStates(roundMachine.root).filter((id) => id !== 'round.check');
    for (const id of expected) expect(reached, `state ${id}`).toContain(id);
    // `check` is transient (it decides at once), so confirm a real run passes through it.
    const visited: string[] = [];
    const actor = createActor(roundMachine, {
      input: { level, game: lastRound },
      inspect: (e) => {
        if (e.type === '@xstate.microstep') visited.push(...e._transitions.map((t) => t.source.id));
      },
    }).start();
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'END_ROUND' });
    actor.send({ type: 'CONTINUE' });
    expect(visited).toContain('round.check');
  });

  it('keeps a refusal with a reason instead of moving on an incomplete package', () => {
    const actor = createActor(roundMachine, { input: { level, game: createGame(level, { seed: 2 }) } }).start();
    actor.send({ type: 'CONTINUE' });
    const { trade: _omit, ...incomplete } = fairPackage(level);
    actor.send({ type: 'PROPOSE', proposal: incomplete });
    expect(actor.getSnapshot().value).toBe('acting');
    expect(say(level, actor.getSnapshot().context.refusal!)).toMatch(/Choose a term for every issue/);
  });
});

describe('app machine', () => {
  it('reaches every state: boot, error, menu, settings, loading, restoring, briefing, the concept check before and after play, playing and seating (running, paused), debrief (and opening a file)', () => {
    const game = createGame(level, { seed: 3 });
    const machine = appMachine.provide({ actors: { loadLevel: fromPromise<LevelLoad, { levelId: string }>(async () => ({ ok: true, level })) } });
    const events = [
      { type: 'xstate.done.actor.loadLevel', output: { ok: true, level } },
      { type: 'xstate.done.actor.loadLevel', output: { ok: false, errors: ['levels/x.json: rounds: expected a number'] } },
      { type: 'RETRY' },
      { type: 'OPEN_SETTINGS' },
      { type: 'CLOSE_SETTINGS' },
      { type: 'NEW_GAME', seed: 9, difficulty: 'calm' },
      { type: 'BEGIN' },
      { type: 'xstate.done.actor.round', output: { game } },
      { type: 'TO_MENU' },
      { type: 'LEVEL_TEXT', file: 'mine.json', text: JSON.stringify(level) },
      { type: 'NEW_GAME', levelId: 'another-scenario', difficulty: 'violent' },
      { type: 'RESTORE', request: { kind: 'save' } },
      { type: 'xstate.done.actor.readRestore', output: { ok: true, claim: { levelId: 'another-scenario', data: 'code', unknownScenario: { key: 'menu.code.unknownScenario' } } } },
      { type: 'xstate.done.actor.readRestore', output: { ok: true, claim: { levelId: level.id, data: 'save', unknownScenario: { key: 'menu.resume.unknownScenario' } } } },
      { type: 'xstate.done.actor.checkRestore', output: { ok: true, level, game } },
      { type: 'PAUSE' },
      { type: 'UNPAUSE' },
      { type: 'CHECK_START' },
      { type: 'CHECK_SUBMIT', answers: {} },
      { type: 'NEW_GAME', seed: 9, seat: 'kh' },
      { type: 'xstate.done.actor.seat', output: { game } },
    ];
    const paths = getShortestPaths(machine, {
      events: events as never[], input: { levelId: 'december-2025' },
      // Whether the game is at a delegation's seat tells two briefings apart (BEGIN goes to seating or playing).
      serializeState: (snap) => `${valueKey(snap)}|${(snap.context as { seat?: string | null }).seat ?? ''}`,
    });
    const reached = new Set(paths.flatMap((p) => leafIds(p.state.value).map((id) => `app.${id}`)));
    for (const id of leafStates(appMachine.root).filter((id) => id !== 'app.opening')) expect(reached, `state ${id}`).toContain(id);
  });

  it('opens a scenario file: a valid one reaches the menu, a broken one the error screen with located lines', async () => {
    const machine = appMachine.provide({ actors: { loadLevel: fromPromise<LevelLoad, { levelId: string }>(async () => ({ ok: true, level })) } });
    const visited: string[] = [];
    const actor = createActor(machine, {
      input: { levelId: 'december-2025' },
      inspect: (e) => {
        if (e.type === '@xstate.microstep') visited.push(...e._transitions.map((t) => t.source.id));
      },
    }).start();
    await new Promise((r) => setTimeout(r, 0));
    actor.send({ type: 'LEVEL_TEXT', file: 'teacher.json', text: JSON.stringify({ ...level, id: 'teacher-crisis' }) });
    expect(actor.getSnapshot().value).toBe('menu');
    expect(actor.getSnapshot().context.level?.id).toBe('teacher-crisis');
    const { rounds: _omit, ...broken } = level;
    actor.send({ type: 'LEVEL_TEXT', file: 'broken.json', text: JSON.stringify(broken) });
    expect(actor.getSnapshot().value).toBe('error');
    expect(actor.getSnapshot().context.error).toMatch(/^broken\.json: \(root\): missing field "rounds"/);
    expect(visited).toContain('app.opening');
  });

  it('loads another scenario picked from the menu, then starts it with the chosen difficulty and seed', async () => {
    const asked: string[] = [];
    const other = { ...level, id: 'another-scenario', title: 'Another scenario' };
    const machine = appMachine.provide({
      actors: {
        loadLevel: fromPromise<LevelLoad, { levelId: string }>(async ({ input }) => {
          asked.push(input.levelId);
          return input.levelId === 'missing' ? { ok: false, errors: ['levels/missing.json: (root): unknown level id'] } : { ok: true, level: input.levelId === other.id ? other : level };
        }),
      },
    });
    const actor = createActor(machine, { input: { levelId: 'december-2025' } }).start();
    await new Promise((r) => setTimeout(r, 0));
    actor.send({ type: 'NEW_GAME', levelId: other.id, seed: 5, difficulty: 'violent' });
    expect(actor.getSnapshot().value).toBe('loading');
    await new Promise((r) => setTimeout(r, 0));
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('briefing');
    expect(snap.context.level?.title).toBe('Another scenario');
    expect(snap.context.game).toMatchObject({ scenarioId: other.id, seed: 5, difficulty: 'violent' });
    actor.send({ type: 'TO_MENU' });
    actor.send({ type: 'NEW_GAME', levelId: other.id, seed: 6 });
    expect(actor.getSnapshot().value).toBe('briefing');
    expect(asked).toEqual(['december-2025', other.id]);
    actor.send({ type: 'TO_MENU' });
    actor.send({ type: 'NEW_GAME', levelId: 'missing' });
    await new Promise((r) => setTimeout(r, 0));
    expect(actor.getSnapshot().value).toBe('error');
    expect(actor.getSnapshot().context.error).toMatch(/^levels\/missing\.json: /);
  });

  it('shows the loader errors on the error screen and retries', async () => {
    let attempts = 0;
    const machine = appMachine.provide({
      actors: {
        loadLevel: fromPromise<LevelLoad, { levelId: string }>(async () => {
          attempts++;
          return attempts === 1
            ? { ok: false, errors: ['levels/december-2025.json: issues[0].options: expected at least 2 options'] }
            : { ok: true, level };
        }),
      },
    });
    const actor = createActor(machine, { input: { levelId: 'december-2025' } }).start();
    await new Promise((r) => setTimeout(r, 0));
    expect(actor.getSnapshot().value).toBe('error');
    expect(actor.getSnapshot().context.error).toContain('issues[0].options: expected at least 2 options');
    actor.send({ type: 'RETRY' });
    await new Promise((r) => setTimeout(r, 0));
    expect(actor.getSnapshot().value).toBe('menu');
  });
});
