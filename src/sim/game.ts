// The game's entry points: create a game from a scenario and a seed, apply one decision (a pure
// reducer with immer that returns a refusal with a reason for an illegal move), and replay a log.
// The rules themselves (`applyInPlace`) mutate a state the caller owns: `step` runs them on an
// immer draft, so every state the views see is a frozen new object; headless runs (balance report,
// baseline, strategies) run them on their own copy, which is four times faster.

import { produce } from 'immer';
import { SIDES, type Difficulty, type Level, type SideId } from './level';
import type { ActionType, GameState, MediatorAction, SideState, StepResult } from './state';
import { openRng, seedRng, type Draws } from './rng';
import { clamp } from './math';
import { ACTIONS, FREE_READING_TRUST, PROPOSE_COST, type ActionInfo } from './catalog';
import { applyLever, leverPrecondition } from './actions';
import { propose } from './propose';
import { endRound } from './end-round';
import { isComplete } from './negotiation/utility';
import { msg, type Msg } from './message';
import { shapeRefusal } from './action-shape';

/** Options for a new game. */
export interface NewGameOptions {
  seed: number;
  difficulty?: Difficulty;
}

/** Even weights over a level's issues, in its order, built once per level and copied for each side. */
const evenWeights = new WeakMap<Level, Readonly<SideState['opponentWeights']>>();

function evenWeightsOf(level: Level): Readonly<SideState['opponentWeights']> {
  let w = evenWeights.get(level);
  if (!w) {
    const even = 1 / level.issues.length;
    const built: SideState['opponentWeights'] = {};
    for (const i of level.issues) built[i.id] = even;
    evenWeights.set(level, (w = built));
  }
  return w;
}

/** A side's state at the start of a game. */
function startSide(level: Level, id: SideId, pressure: number): SideState {
  const s = level.sides[id].start;
  const opponentWeights = { ...evenWeightsOf(level) };
  return {
    pain: s.pain, edge: s.edge, pressure: clamp(s.pressure + pressure), trustOther: s.trustOther,
    trustMediator: s.trustMediator, bias: s.bias, leverage: 0, adviceBelieved: false,
    opponentWeights, lastOfferUtility: null, concessionSeen: 0, lastCounter: null, walkedOut: false,
  };
}

/** A fresh game at round 1 of the scenario. */
export function createGame(level: Level, { seed, difficulty = 'tense' }: NewGameOptions): GameState {
  const diff = level.difficulty[difficulty];
  return {
    version: 1, scenarioId: level.id, seed: seed | 0, difficulty, rng: seedRng(seed), round: 1, maxRounds: level.rounds,
    capital: level.capitalPerRound, usedThisRound: [], sides: { th: startSide(level, 'th', diff.pressure), kh: startSide(level, 'kh', diff.pressure) },
    livesLost: level.world.livesLost, displaced: level.world.displaced, peakDisplaced: level.world.displaced,
    intensity: clamp(level.world.intensity), aseanCredibility: clamp(level.world.aseanCredibility),
    leverageLeft: level.world.leverageRounds, leveragePublic: false, minesCleared: 0, weaponsWithdrawn: 0,
    measures: { observers: false, hotline: false, deminingTeams: false, corridors: false },
    prioritiesKnown: false, consulted: [], ceasefire: level.world.ceasefire ?? 'none', accord: null, accordLeverage: 0, heldRounds: 0, tabled: null,
    answers: [], roundChanges: [], log: [], reports: [], cues: [], outcome: null,
  };
}

/** Applies one decision. Illegal moves return `ok: false` with a reason and the state unchanged. */
export function step(level: Level, state: GameState, action: MediatorAction): StepResult {
  const refusal = refuse(level, state, action);
  if (refusal) return { ok: false, reason: refusal, state };
  return { ok: true, state: produce(state, (draft) => applyInPlace(level, draft, action)) };
}

/**
 * Applies a decision that `refuse` allowed, by mutating `g`, which the caller owns (a fresh copy in
 * `step`, or a headless game no one else sees).
 */
export function applyInPlace(level: Level, g: GameState, action: MediatorAction, record = true): void {
  const changes = record ? g.roundChanges : null;
  g.cues = [];
  // Only the round's end and counsel draw random numbers; every other decision leaves the
  // generator's state as it was, so it is opened and written back only for those two.
  if (action.type === 'end_round') {
    const draws = openRng(g.rng);
    endRound(level, g, draws, record);
    g.rng = draws.state();
  } else if (action.type === 'propose') {
    propose(level, g, action.proposal, changes, action.humans);
  } else {
    const draws = action.type === 'advise' ? openRng(g.rng) : NO_DRAWS;
    applyLever(level, g, action, draws, changes);
    if (draws !== NO_DRAWS) g.rng = draws.state();
    g.capital -= leverCost(g, action);
    g.usedThisRound.push(action.type);
    g.cues.push('action');
  }
  g.log.push(action);
}

/** The draw source given to levers that draw nothing: it fails loudly if one ever does. */
const NO_DRAWS: Draws = {
  next: () => {
    throw new Error('this lever draws no random numbers');
  },
  chance: () => {
    throw new Error('this lever draws no random numbers');
  },
  state: () => {
    throw new Error('this lever draws no random numbers');
  },
};

/** Why a decision is malformed (see `shapeRefusal`) or illegal now, or null when it is allowed. */
export function refuse(level: Level, state: GameState, action: MediatorAction): Msg | null {
  if (state.outcome) return msg('sim.refuse.over');
  const shape = shapeRefusal(level, action);
  if (shape) return shape;
  if (action.type === 'end_round') return null;
  const lever = leverRefusal(level, state, action.type);
  if (lever) return lever;
  if (state.tabled) return msg('sim.refuse.answered');
  if (action.type === 'propose') {
    if (state.accord) return msg('sim.refuse.accordSigned');
    if (state.capital < 1) return msg('sim.refuse.noCapitalToTable');
    if (!isComplete(level, action.proposal)) {
      const missing = level.issues.filter((i) => !i.options.some((o) => o.id === action.proposal[i.id]));
      return msg('sim.refuse.missingTerms', { issues: missing.map((i) => i.id).join(',') });
    }
    return null;
  }
  const info = ACTION_BY_TYPE.get(action.type);
  if (!info) return msg('sim.refuse.unknownAction');
  if (action.type === 'consult') {
    if (state.consulted.includes(action.side)) return msg('sim.refuse.alreadyConsulted', { side: action.side });
  } else if (state.usedThisRound.includes(action.type)) return msg('sim.refuse.alreadyUsed', { lever: action.type });
  const cost = leverCost(state, action);
  if (state.capital < cost) return msg('sim.refuse.tooCostly', { lever: action.type, cost, capital: state.capital });
  if ('side' in action && !SIDES.includes(action.side)) return msg('sim.refuse.chooseSide');
  return leverPrecondition(state, action);
}

/** Political capital a decision costs now (a delegation that trusts you shares its reading for free). */
export function leverCost(state: GameState, action: MediatorAction): number {
  if (action.type === 'end_round') return 0;
  if (action.type === 'consult') return (state.sides[action.side]?.trustMediator ?? 0) >= FREE_READING_TRUST ? 0 : 1;
  if (action.type === 'propose') return PROPOSE_COST;
  return ACTION_BY_TYPE.get(action.type)?.cost ?? 1;
}

/** The catalogue by type (the first entry of a type, as `find` would give), for the per-decision checks. */
const ACTION_BY_TYPE: ReadonlyMap<ActionType, ActionInfo> = (() => {
  const m = new Map<ActionType, ActionInfo>();
  for (const a of ACTIONS) if (!m.has(a.type)) m.set(a.type, a);
  return m;
})();

/** Why a lever is not offered in this scenario or not yet unlocked, or null. */
function leverRefusal(level: Level, state: GameState, type: Exclude<MediatorAction['type'], 'end_round'>): Msg | null {
  if (level.levers && !level.levers.includes(type)) return msg('sim.refuse.notInScenario', { lever: type });
  const from = level.unlocks?.[type];
  if (from !== undefined && state.round < from) return msg('sim.refuse.availableFrom', { lever: type, round: from });
  return null;
}

/** Replays a decision log from the seed; refused decisions are skipped, as they were in play. */
export function replay(level: Level, seed: number, difficulty: Difficulty, log: readonly MediatorAction[]): GameState {
  let state = createGame(level, { seed, difficulty });
  for (const action of log) state = step(level, state, action).state;
  return state;
}
