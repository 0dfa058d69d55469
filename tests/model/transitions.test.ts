// Model-based transition coverage: every transition the app and round machines define (each guarded
// alternative, eventless branch, invoke onDone/onError and targetless transition) is taken at least
// once while a breadth-first search drives the real machines, which call the real sim.
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, createMachine, fromPromise, setup, type ActorRefFrom, type AnyActorRef, type AnyStateMachine } from 'xstate';
import { toDirectedGraph } from 'xstate/graph';
import type { DirectedGraphNode } from 'xstate/graph';
import { loadLevelChecker } from '../../src/content/level-gate';
import { appMachine, type LevelLoad, type Restored, type RestoreClaim, type RestoreRead } from '../../src/machines/app';
import type { RestoreRequest } from '../../src/machines/events';
import type { AppEvent, RoundEvent, SeatEvent } from '../../src/machines/events';
import { seatRoundMachine } from '../../src/machines/seat-round';
import { roundMachine } from '../../src/machines/round';
import { phaseOf } from '../../src/machines/phase';
import type { Level, SideId } from '../../src/sim/level';
import type { GameState } from '../../src/sim/state';
import { createGame } from '../../src/sim/game';
import { fairPackage } from '../../src/sim/strategies';
import { shippedLevel } from '../helpers/level';
import { explore, staticEdges, transitionKey, TransitionLog, type Model } from '../helpers/machine-graph';
import { emptyGrade, gameKey, type GradeRecord } from '../../src/machines/grade';

let level: Level;
beforeAll(async () => {
  // LEVEL_TEXT is checked by the scenario checker, which the page loads on demand.
  await loadLevelChecker();
  level = await shippedLevel();
});

const appEdges = staticEdges(appMachine);
const roundEdges = staticEdges(roundMachine);

describe('the static transition list', () => {
  it('holds every edge xstate/graph reports, plus the eventless (always) ones it leaves out', () => {
    const graphEdges = (node: DirectedGraphNode): string[] => [
      ...node.edges.map((e) => transitionKey(e.transition)),
      ...node.children.flatMap(graphEdges),
    ];
    for (const [machine, edges] of [[appMachine, appEdges], [roundMachine, roundEdges]] as const) {
      const fromGraph = new Set(graphEdges(toDirectedGraph(machine)));
      const ours = new Set(edges.map((e) => e.key));
      expect(ours.size, 'no edge listed twice').toBe(edges.length);
      for (const key of fromGraph) expect(ours, key).toContain(key);
      expect(edges.filter((e) => !fromGraph.has(e.key)).map((e) => e.event)).toEqual(edges.filter((e) => e.event === 'always').map(() => 'always'));
    }
  });

  it('names each transition, guarded alternatives and targetless ones included', () => {
    const labels = roundEdges.map((e) => e.label);
    expect(labels).toContain('round.acting --PROPOSE [canPropose]--> round.responding');
    expect(labels).toContain('round.acting --PROPOSE [otherwise]--> (stays; refuseProposal)');
    expect(labels).toContain('round.acting --ACT--> (stays; act)');
    expect(labels).toContain('round.check --always [resumeAt("world")]--> round.world');
    expect(appEdges.map((e) => e.label)).toContain('app.loading --xstate.error.actor.loadLevel--> app.error');
  });
});

/** A model that sends bare events of the given types to a fresh actor of `machine`. */
function eventModel(machine: AnyStateMachine, types: readonly string[]): Model<{ actor: AnyActorRef }> {
  return {
    start: (inspect) => ({ actor: createActor(machine, { inspect }).start() }),
    steps: types.map((type) => ({ name: type, run: ({ actor }) => actor.send({ type }) })),
    key: ({ actor }) => JSON.stringify(actor.getSnapshot().value),
    stop: ({ actor }) => actor.stop(),
  };
}

describe('transition coverage', () => {
  it('reports a transition nobody can take as uncovered (the check can fail)', async () => {
    const toy = setup({ guards: { never: () => false } }).createMachine({
      id: 'toy',
      initial: 'a',
      states: {
        a: { on: { GO: [{ guard: 'never', target: 'b' }, { target: 'c' }] } },
        b: { on: { BACK: 'a' } },
        c: { on: { BACK: 'a' } },
      },
    });
    const log = new TransitionLog();
    await explore(eventModel(toy, ['GO', 'BACK']), log);
    expect(log.uncovered(staticEdges(toy)).map((e) => e.label)).toEqual(['toy.a --GO [never]--> toy.b', 'toy.b --BACK--> toy.a']);
    // The same machine without the dead branch is fully covered.
    const live = createMachine({ id: 'live', initial: 'a', states: { a: { on: { GO: 'c' } }, c: { on: { BACK: 'a' } } } });
    const liveLog = new TransitionLog();
    await explore(eventModel(live, ['GO', 'BACK']), liveLog);
    expect(liveLog.uncovered(staticEdges(live))).toEqual([]);
  });

  it(`takes all ${roundEdges.length} transitions of the round machine`, async () => {
    // A two-round game, so the deadline ends it within the search depth; RESTORE reopens the game
    // as the app does for an autosave or a resume code (at the phase `phaseOf` reads from its log).
    // It is explored twice: the model answering for both delegations, then a team in the room for
    // each (hot-seat: the package goes round the teams before it is tabled).
    const game = { ...createGame(level, { seed: 11 }), maxRounds: 2 };
    const { boundary: _omit, ...incomplete } = fairPackage(level);
    type System = { actor: ActorRefFrom<typeof roundMachine>; inspect: Parameters<Model<unknown>['start']>[0]; teams: SideId[] };
    const open = (g: GameState, inspect: System['inspect'], teams: SideId[], phase?: ReturnType<typeof phaseOf>): System => ({
      actor: createActor(roundMachine, { input: { level, game: g, teams, ...(phase ? { phase } : {}) }, inspect }).start(),
      inspect,
      teams,
    });
    const send = (event: RoundEvent, name: string = event.type) => ({
      name: event.type === 'PROPOSE' ? `PROPOSE ${event.proposal === incomplete ? 'incomplete' : 'fair'}${event.humans ? ' with answers' : ''}` : name,
      run: ({ actor }: System) => {
        if (actor.getSnapshot().status === 'active') actor.send(event); // a finished round takes no events
      },
    });
    const model = (teams: SideId[]): Model<System> => ({
      start: (inspect) => open(game, inspect, teams),
      steps: [
        send({ type: 'CONTINUE' }),
        send({ type: 'ACT', action: { type: 'host_talks' } }),
        send({ type: 'PROPOSE', proposal: incomplete }),
        send({ type: 'PROPOSE', proposal: fairPackage(level) }),
        ...(teams.length > 0 ? [
          send({ type: 'PROPOSE', proposal: fairPackage(level), humans: { th: 'accept' } }),
          send({ type: 'TAKE_TURN' }),
          send({ type: 'TEAM_ANSWER', answer: 'reject', reason: 'Not with these terms.' }, 'TEAM_ANSWER reject'),
          send({ type: 'WITHDRAW' }),
          send({ type: 'SHOW_ANSWERS' }),
        ] : []),
        send({ type: 'END_ROUND' }),
        {
          name: 'RESTORE',
          run: (system) => {
            const saved = system.actor.getSnapshot().context.game;
            system.actor.stop();
            Object.assign(system, open(saved, system.inspect, system.teams, phaseOf(saved)));
          },
        },
      ],
      key: ({ actor }) => {
        const { status, value, context } = actor.getSnapshot();
        const g = context.game;
        const answered = Object.keys(context.held?.answers ?? {});
        return JSON.stringify([status, value, g.round, g.outcome?.reason ?? null, context.refusal !== null, phaseOf(g), answered]);
      },
      stop: ({ actor }) => actor.stop(),
    });
    const log = new TransitionLog();
    for (const teams of [[], ['th', 'kh']] as SideId[][]) {
      const { paths } = await explore(model(teams), log, 10);
      expect([...paths.keys()].filter((k) => k.startsWith('["error"')), 'no run ends with the actor in error').toEqual([]);
    }
    expect(log.unknown(roundEdges).map((e) => e.label), 'transitions taken that the static list lacks').toEqual([]);
    expect(log.uncovered(roundEdges).map((e) => e.label), 'round transitions never taken').toEqual([]);
  });

  it(`takes all ${appEdges.length} transitions of the app machine`, async () => {
    // Loader stand-ins by scenario id: one whose file fails validation, one whose read throws, and
    // any other id loads the shipped level under that id.
    const loadLevel = fromPromise<LevelLoad, { levelId: string }>(async ({ input }) => {
      if (input.levelId === 'broken-scenario') return { ok: false, errors: ['levels/broken-scenario.json: rounds: expected a number'] };
      if (input.levelId === 'unreadable-scenario') throw new Error('levels/unreadable-scenario.json: could not be read');
      // A one-round scenario, so a game at a delegation's seat reaches its debrief in a few steps.
      if (input.levelId === 'one-round-scenario') return { ok: true, level: { ...level, id: input.levelId, rounds: 1 } };
      return { ok: true, level: { ...level, id: input.levelId } };
    });
    // Restorer stand-ins by request: the autosave claims the loaded scenario and checks out; codes
    // claim another scenario (loaded first), one whose file fails validation, one whose read
    // throws, or the loaded one but fail the check (refused, or the check itself throws); a code
    // that is not one is refused when read, and one makes the reader itself fail.
    const claims: Record<string, string> = {
      'AM2.ELSEWHERE': 'another-scenario', 'AM2.BROKEN': 'broken-scenario', 'AM2.UNREADABLE': 'unreadable-scenario',
      'AM2.MISFIT': 'december-2025', 'AM2.EXPLODE': 'december-2025', 'AM2.SEAT': 'december-2025',
    };
    const readRestore = fromPromise<RestoreRead, { request: RestoreRequest }>(async ({ input: { request } }) => {
      if (request.kind === 'code' && request.code === 'AM2.CRASH') throw new Error('storage exploded');
      const levelId = request.kind === 'save' ? 'december-2025' : claims[request.code];
      if (!levelId) return { ok: false, notice: { key: 'menu.code.notACode' } };
      return { ok: true, claim: { levelId, data: request.kind === 'save' ? 'save' : request.code, unknownScenario: { key: 'menu.code.unknownScenario', args: { id: levelId } } } };
    });
    const checkRestore = fromPromise<Restored, { level: Level; claim: RestoreClaim }>(async ({ input: { level: l, claim } }) => {
      if (claim.data === 'AM2.EXPLODE') throw new Error('replay exploded');
      if (claim.data === 'AM2.MISFIT') return { ok: false, notice: { key: 'menu.code.doesNotFit' } };
      // A game saved at a delegation's seat.
      if (claim.data === 'AM2.SEAT') return { ok: true, level: l, game: { ...oneRound, scenarioId: l.id }, seat: 'th' };
      return { ok: true, level: l, game: { ...oneRound, scenarioId: l.id } };
    });
    const machine = appMachine.provide({ actors: { loadLevel, readRestore, checkRestore } });
    type System = { actor: ActorRefFrom<typeof machine>; engine: { ready: boolean } };
    const round = ({ actor }: System) => actor.getSnapshot().children.round as ActorRefFrom<typeof roundMachine> | undefined;
    const oneRound = { ...createGame(level, { seed: 12 }), maxRounds: 1 };
    const { rounds: _omit, ...broken } = level;
    const keptGrade = (key: string): GradeRecord | null => (key === gameKey(oneRound)
      ? { ...emptyGrade(key, level.id), before: { status: 'answered', answers: { ripeness: 'b' } } } : null);
    const app = (name: string, event: AppEvent) => ({ name, run: ({ actor }: System) => actor.send(event) });
    const inRound = (event: RoundEvent) => ({ name: `round ${event.type}`, run: (s: System) => round(s)?.send(event) });
    const seat = ({ actor }: System) => actor.getSnapshot().children.seat as ActorRefFrom<typeof seatRoundMachine> | undefined;
    const inSeat = (event: SeatEvent) => ({ name: `seat ${event.type}`, run: (s: System) => seat(s)?.send(event) });
    const model: Model<System> = {
      // The concept check: a record with the pre-check answered is kept for the one-round game in
      // the shipped scenario only, so finishing it asks the post-check and finishing it elsewhere does not.
      // The rules engine has not arrived when the menu first shows (the page loads it after the menu).
      start: (inspect) => {
        const engine = { ready: false };
        return { engine, actor: createActor(machine, { input: { levelId: 'december-2025', recallGrade: keptGrade, engineReady: () => engine.ready }, inspect }).start() };
      },
      steps: [
        { name: 'the engine arrives', run: ({ engine }: System) => { engine.ready = true; } },
        app('RETRY', { type: 'RETRY' }),
        app('OPEN_SETTINGS', { type: 'OPEN_SETTINGS' }),
        app('CLOSE_SETTINGS', { type: 'CLOSE_SETTINGS' }),
        app('BEGIN', { type: 'BEGIN' }),
        app('TO_MENU', { type: 'TO_MENU' }),
        app('NEW_GAME', { type: 'NEW_GAME', seed: 9, difficulty: 'calm' }),
        app('NEW_GAME december-2025', { type: 'NEW_GAME', levelId: 'december-2025', seed: 4 }),
        app('NEW_GAME another-scenario', { type: 'NEW_GAME', levelId: 'another-scenario', seed: 5, difficulty: 'violent' }),
        app('NEW_GAME broken-scenario', { type: 'NEW_GAME', levelId: 'broken-scenario', seed: 6 }),
        app('NEW_GAME unreadable-scenario', { type: 'NEW_GAME', levelId: 'unreadable-scenario', seed: 7 }),
        app('LEVEL_TEXT teacher.json', { type: 'LEVEL_TEXT', file: 'teacher.json', text: JSON.stringify({ ...level, id: 'teacher-crisis' }) }),
        app('LEVEL_TEXT broken.json', { type: 'LEVEL_TEXT', file: 'broken.json', text: JSON.stringify(broken) }),
        app('RESUME', { type: 'RESUME', levelId: level.id, level, game: oneRound }),
        app('RESTORE save', { type: 'RESTORE', request: { kind: 'save' } }),
        ...['nonsense', 'AM2.CRASH', ...Object.keys(claims)].map((code) => app(`RESTORE ${code}`, { type: 'RESTORE', request: { kind: 'code', code } })),
        app('PAUSE', { type: 'PAUSE' }),
        app('UNPAUSE', { type: 'UNPAUSE' }),
        app('SET_PLAYER th team', { type: 'SET_PLAYER', side: 'th', player: 'team' }),
        // A class link while another game is unfinished: the menu asks, then starts it or continues the other.
        app('ASK_BEFORE_LINK', {
          type: 'ASK_BEFORE_LINK', start: { difficulty: 'violent', seed: 8 },
          unfinished: { id: 'december-2025~5~tense~1', levelId: 'december-2025', round: 1, maxRounds: 8, decisions: 2, code: null },
        }),
        app('START_LINKED', { type: 'START_LINKED' }),
        app('KEEP_UNFINISHED', { type: 'KEEP_UNFINISHED' }),
        app('CHECK_START', { type: 'CHECK_START' }),
        app('CHECK_SUBMIT', { type: 'CHECK_SUBMIT', answers: { ripeness: 'b' } }),
        app('CHECK_SKIP', { type: 'CHECK_SKIP' }),
        app('CHECK_CONTINUE', { type: 'CHECK_CONTINUE' }),
        app('MEMO', { type: 'MEMO', prompt: 'tried', text: 'observers' }),
        inRound({ type: 'CONTINUE' }),
        inRound({ type: 'END_ROUND' }),
        // On the debrief of the one-round game: try its only day again.
        app('TRY_AGAIN 1', { type: 'TRY_AGAIN', round: 1 }),
        // At a delegation's seat: the player's turn ends, the envoy ends the one round, the report, the debrief.
        app('NEW_GAME one-round-scenario seat kh', { type: 'NEW_GAME', levelId: 'one-round-scenario', seed: 10, seat: 'kh' }),
        inSeat({ type: 'SEAT_READY' }),
        inSeat({ type: 'SEAT_CONTINUE' }),
      ],
      // What the guards and the loader can tell apart: whether the engine has arrived, how loading
      // `levelId` would end, whether the loaded scenario is the shipped one (NEW_GAME picks it or
      // another), and the round's state.
      key: (s) => {
        const { status, value, context } = s.actor.getSnapshot();
        const engine = s.engine.ready;
        const next = ['broken-scenario', 'unreadable-scenario'].includes(context.levelId) ? context.levelId : 'loads';
        const loaded = context.level === null ? null : context.level.id === level.id ? 'shipped' : 'other';
        // What the check's guards tell apart: whether the pre-check and the post-check were answered.
        // (only where a guard reads it: at the end of play, in the post-check and in the debrief).
        const gradeMatters = (['playing', 'postcheck', 'debrief'] as const).some((v) => s.actor.getSnapshot().matches(v));
        const grade = gradeMatters && context.grade && `${context.grade.before.status === 'answered'}/${context.grade.after.status === 'answered'}`;
        return JSON.stringify([status, value, engine, next, loaded, round(s)?.getSnapshot().value ?? null, seat(s)?.getSnapshot().value ?? null, context.seat, context.question !== null, grade]);
      },
      // A loader runs as a promise: wait (a few turns of the event loop at most) until it has answered.
      settle: async ({ actor }) => {
        const busy = () => ['boot', 'loading'].includes(String(actor.getSnapshot().value)) || actor.getSnapshot().matches('restoring');
        for (let i = 0; i < 50 && busy(); i++) await new Promise((r) => setImmediate(r));
      },
      stop: ({ actor }) => actor.stop(),
    };
    const log = new TransitionLog();
    const { paths } = await explore(model, log, 10);
    expect([...paths.keys()].filter((k) => k.startsWith('["error"')), 'no run ends with the actor in error').toEqual([]);
    expect([...paths.keys()].filter((k) => /"(boot|loading|restoring)"/.test(k)), 'every loader answered').toEqual([]);
    expect(log.unknown(appEdges).map((e) => e.label), 'transitions taken that the static list lacks').toEqual([]);
    expect(log.uncovered(appEdges).map((e) => e.label), 'app transitions never taken').toEqual([]);
  });
});
