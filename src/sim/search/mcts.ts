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
import { FIRST_CLOSING, actionsOf, openMoves } from './moves';
import { applyLegal, endDay, playToEnd, reward } from './rollout';
import { searchRng } from './seeds';
import { gamePreferences } from '../negotiation/preferences';
import { knownRedLines } from '../negotiation/revealed';

/** Keeps the imagined delegations' draws apart from the imagined luck. */
const PREFS_SALT = 0x70726566;

/**
 * Puts imagined private numbers in place of the delegations' own on a copy the search owns, so its
 * rollouts never answer with what the real delegations privately want.
 */
export function imagineDelegations(level: Level, sim: GameState, key: number): void {
  const known = knownRedLines(level, sim);
  const prefs = gamePreferences(level, key);
  // What the delegations have revealed stays as revealed: a known red line is kept, and the other
  // side's imagined one moved off that issue.
  for (const side of ['th', 'kh'] as const) {
    if (known[side] < 0) continue;
    prefs[side] = { ...prefs[side], redLine: known[side] };
    const other = side === 'th' ? 'kh' : 'th';
    if (known[other] < 0 && prefs[other].redLine === known[side]) prefs[other] = { ...prefs[other], redLine: -1 };
  }
  sim.sides.th.prefs = prefs.th;
  sim.sides.kh.prefs = prefs.kh;
}

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
  for (let it = 0; it < opts.iterations; it++) {
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
  return { moves, value: first ? first.total / first.visits : 0, rootVisits, rollouts: opts.iterations };
}
