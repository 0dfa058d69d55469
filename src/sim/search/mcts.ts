// Monte Carlo tree search over the mediator's decisions, with the sim as its model. The tree's edges
// are moves (levers in a fixed order, then a closing move that tables a package or ends the day), so
// a path through it is a plan for this day and the days after. Each iteration copies the game as the
// player knows it, replaces the random generator with the search's own (it never sees the game's
// future draws) and the delegations' private numbers with imagined ones (it never sees what they
// privately want either), follows the tree by UCB1, adds one node, plays on with the rollout policy to the
// end and backs the result up. The k-th visit of every child of a node draws the same luck (common
// random numbers), so siblings are compared on equal terms. The transitions are random, so the tree
// is open-loop: a node stands for a sequence of moves, not for one state.

import type { Level } from '../level';
import type { GameState } from '../state';
import type { Strategy } from '../strategies';
import { copyForStep } from '../copy';
import { log } from '../portable-math';
import { FIRST_CLOSING, FIRST_PLAN, PLANS, actionsOf, openMoves } from './moves';
import { applyLegal, endDay, playToEnd, reward } from './rollout';
import { searchRng } from './seeds';
import { imagineDelegations } from './imagine';

/** Keeps the imagined delegations' draws apart from the imagined luck. */
const PREFS_SALT = 0x70726566;

/** Settings of one search. */
export interface SearchOptions {
  /** Iterations (each is one rollout: a game played from now to its end). */
  iterations: number;
  /** The search's own seed: its luck, never the game's. */
  seed: number;
  /** UCB1 exploration constant (rewards lie in [0, 1]). */
  exploration?: number;
  /** How many days ahead the tree may grow (beyond it the rollout policy plays). */
  days?: number;
  /** The scripted mediator that plays the rollouts (the balanced one unless given). */
  rollout?: Strategy;
  /**
   * Share of the iterations kept for the final race (0.4 unless given): the tree's day-plan and each
   * scripted mediator's day-plan play the same imagined games, and the best mean is taken.
   */
  race?: number;
  /** The name of the scripted mediator the rollouts follow (its day stands unless beaten by a margin). */
  plan?: string;
}

interface Node {
  id: number;
  visits: number;
  total: number;
  /** Children by move number. */
  children: (Node | undefined)[];
  /** Days closed on the path from the root to this node. */
  day: number;
}

/** What a search found: this day's moves, their values, and how many rollouts it played. */
export interface SearchResult {
  moves: number[];
  /** Mean reward of the chosen path's first move, and visits of each root move. */
  value: number;
  rootVisits: Record<number, number>;
  rollouts: number;
}

/** Runs the search from a game state at the start of a day; returns the day's moves. */
export function search(level: Level, root: GameState, opts: SearchOptions): SearchResult {
  const c = opts.exploration ?? 0.5;
  const maxDays = opts.days ?? 3;
  let nextId = 0;
  const newNode = (day: number): Node => ({ id: nextId++, visits: 0, total: 0, children: [], day });
  const top = newNode(0);
  const salt = Math.imul(root.round, 0x9e3779b1) ^ root.log.length;
  const path: Node[] = [];
  const raceShare = opts.race ?? 0.4;
  const treeIterations = Math.max(1, Math.round(opts.iterations * (1 - raceShare)));
  for (let it = 0; it < treeIterations; it++) {
    const sim = copyForStep(root);
    sim.rng = searchRng(opts.seed, salt, it);
    let node = top;
    // The last lever taken this day (levers come in a fixed order); −1 at the start of a day.
    let after = -1;
    path.length = 0;
    path.push(node);
    while (!sim.outcome && node.day < maxDays) {
      const open = openMoves(level, sim, after);
      let pick = -1;
      let child: Node | undefined;
      // Expand the first untried move (in a rotating order, so a small budget is not biased to
      // the first levers); otherwise follow UCB1.
      const offset = node.visits % open.length;
      for (let k = 0; k < open.length; k++) {
        const m = open[(k + offset) % open.length]!;
        const ch = node.children[m];
        if (!ch || ch.visits === 0) {
          pick = m;
          break;
        }
      }
      if (pick < 0) {
        let best = -Infinity;
        const logN = log(node.visits);
        for (const m of open) {
          const ch = node.children[m]!;
          const ucb = ch.total / ch.visits + c * Math.sqrt(logN / ch.visits);
          if (ucb > best) {
            best = ucb;
            pick = m;
          }
        }
      }
      child = node.children[pick];
      const fresh = !child;
      const closing = pick >= FIRST_CLOSING;
      if (!child) node.children[pick] = child = newNode(node.day + (closing ? 1 : 0));
      // Common random numbers: the k-th visit of each child of this node draws the same luck.
      sim.rng = searchRng(opts.seed, node.id ^ salt, child.visits);
      // The delegations' private numbers are not the mediator's to see: each iteration imagines
      // them anew from the same band the game draws from (the k-th visit of every first move
      // imagines the same delegations).
      if (node === top) imagineDelegations(level, sim, searchRng(opts.seed, salt ^ PREFS_SALT, child.visits)[0]!);
      applyLegal(level, sim, actionsOf(level, sim, pick));
      if (closing) {
        endDay(level, sim);
        after = -1;
      } else after = pick;
      node = child;
      path.push(node);
      if (fresh) break;
    }
    playToEnd(level, sim, opts.rollout);
    const r = reward(sim);
    for (const n of path) {
      n.visits++;
      n.total += r;
    }
  }
  // The day's plan: the most visited move at each step until a closing move.
  const moves: number[] = [];
  let node: Node | undefined = top;
  while (node) {
    let best = -1;
    let bestVisits = -1;
    node.children.forEach((ch, m) => {
      if (ch && ch.visits > bestVisits) {
        bestVisits = ch.visits;
        best = m;
      }
    });
    if (best < 0) break;
    moves.push(best);
    if (best >= FIRST_CLOSING) break;
    node = node.children[best];
  }
  const rootVisits: Record<number, number> = {};
  top.children.forEach((ch, m) => {
    if (ch) rootVisits[m] = ch.visits;
  });
  const first = moves.length ? top.children[moves[0]!] : undefined;
  const raced = race(level, root, opts, salt, moves, opts.iterations - treeIterations);
  return { moves: raced.moves, value: raced.value ?? (first ? first.total / first.visits : 0), rootVisits, rollouts: opts.iterations };
}

/** Salt of the race's imagined games (apart from the tree's). */
const RACE_SALT = 0x72616365;

/**
 * The final race: the tree's day-plan against each scripted mediator's day-plan, every one played in
 * the same imagined games (the j-th game of each draws the same luck and imagines the same
 * delegations), then the rollout policy to the end. A plan the tree found from few visits must beat
 * the scripted days on equal terms to be played, and any plan must beat the rollout policy's own day
 * by `RACE_MARGIN`.
 */
function race(level: Level, root: GameState, opts: SearchOptions, salt: number, treePlan: number[], budget: number): { moves: number[]; value: number | null } {
  const plans: number[][] = [treePlan];
  if (!root.outcome) for (const m of openMoves(level, root, -1)) if (m >= FIRST_PLAN && !(treePlan.length === 1 && treePlan[0] === m)) plans.push([m]);
  const per = Math.floor(budget / plans.length);
  if (per < 1 || plans.length < 2) return { moves: treePlan, value: null };
  // The rollout policy's own day stands unless another plan beats it by the margin (the best of a
  // few noisy means is biased upward: without a margin the race would chase luck).
  const name = opts.plan ?? (opts.rollout ? undefined : 'balanced');
  const fallback = name === undefined ? -1 : FIRST_PLAN + PLANS.indexOf(name);
  const totals: number[] = [];
  for (const plan of plans) {
    let total = 0;
    for (let j = 0; j < per; j++) {
      const sim = copyForStep(root);
      sim.rng = searchRng(opts.seed, salt ^ RACE_SALT, j);
      imagineDelegations(level, sim, searchRng(opts.seed, salt ^ PREFS_SALT ^ RACE_SALT, j)[0]!);
      for (const m of plan) {
        applyLegal(level, sim, actionsOf(level, sim, m));
        if (m >= FIRST_CLOSING) endDay(level, sim);
      }
      playToEnd(level, sim, opts.rollout);
      total += reward(sim);
    }
    totals.push(total / per);
  }
  let best = 0;
  for (let k = 1; k < plans.length; k++) if (totals[k]! > totals[best]!) best = k;
  const home = plans.findIndex((p) => p.length === 1 && p[0] === fallback);
  if (home >= 0 && totals[best]! < totals[home]! + RACE_MARGIN) best = home;
  return { moves: plans[best]!, value: totals[best]! };
}

/** How much better than the rollout policy's own day another plan must do in the race. */
export const RACE_MARGIN = 0.1;
