// A fresh game at round 1 of a scenario. It stands alone (it needs no rule of play), so the
// no-mediator baseline and the reducers can both start a game without importing each other.

import type { Difficulty, Level, SideId } from './level';
import type { GameState, SideState } from './state';
import { seedRng } from './rng';
import { clamp } from './math';
import { gamePreferences } from './negotiation/preferences';

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
function startSide(level: Level, id: SideId, pressure: number, prefs: SideState['prefs']): SideState {
  const s = level.sides[id].start;
  const opponentWeights = { ...evenWeightsOf(level) };
  return {
    pain: s.pain, edge: s.edge, pressure: clamp(s.pressure + pressure), trustOther: s.trustOther,
    trustMediator: s.trustMediator, bias: s.bias, leverage: 0, adviceBelieved: false,
    opponentWeights, lastOfferUtility: null, concessionSeen: 0, lastCounter: null, walkedOut: false, prefs,
  };
}

/** A fresh game at round 1 of the scenario. */
export function createGame(level: Level, { seed, difficulty = 'tense' }: NewGameOptions): GameState {
  const diff = level.difficulty[difficulty];
  const prefs = gamePreferences(level, seed);
  return {
    version: 1, scenarioId: level.id, seed: seed | 0, difficulty, rng: seedRng(seed), round: 1, maxRounds: level.rounds,
    capital: level.capitalPerRound, usedThisRound: [], sides: { th: startSide(level, 'th', diff.pressure, prefs.th), kh: startSide(level, 'kh', diff.pressure, prefs.kh) },
    livesLost: level.world.livesLost, displaced: level.world.displaced, peakDisplaced: level.world.displaced,
    intensity: clamp(level.world.intensity), aseanCredibility: clamp(level.world.aseanCredibility),
    leverageLeft: level.world.leverageRounds, leveragePublic: false, minesCleared: 0, weaponsWithdrawn: 0,
    measures: { observers: false, hotline: false, deminingTeams: false, corridors: false },
    prioritiesKnown: false, consulted: [], ceasefire: level.world.ceasefire ?? 'none', accord: null, accordLeverage: 0, heldRounds: 0, tabled: null,
    answers: [], roundChanges: [], log: [], reports: [], cues: [], outcome: null,
  };
}
