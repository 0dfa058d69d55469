// Where hot-seat play hooks into the acting screen: when a team in the room plays a delegation, the
// envoy's "Table this package" does not go to the machines at once. The package is held while the
// device is passed to each team, and is sent with the teams' answers (a verdict or a counter-offer)
// once they have answered.

import type { Level, SideId } from '../../sim/level';
import type { GameState, HumanAnswer } from '../../sim/state';
import { refuse } from '../../sim/game';
import type { ScreenContext } from '../context';
import { hotseat, teamSides } from './state';

/** Drops a held package that belongs to an earlier moment, and old reasons when a game starts. */
export function syncHotseat(game: GameState): void {
  if (game.log.length === 0 && !hotseat.pending) hotseat.notes = {};
  const p = hotseat.pending;
  if (p && (p.round !== game.round || p.logLength !== game.log.length)) hotseat.pending = null;
}

/**
 * The screen context for the acting screen: unchanged when the model plays both sides; otherwise
 * a tabled package is held for the teams (a package with the teams' verdicts, or one the rules
 * refuse, goes straight through, so the envoy sees a refusal's reason at once).
 */
export function withHotseat(ctx: ScreenContext, level: Level, game: GameState): ScreenContext {
  syncHotseat(game);
  const teams = teamSides();
  if (teams.length === 0) return ctx;
  return {
    ...ctx,
    send(e) {
      const first = teams[0];
      if (e.type !== 'PROPOSE' || e.humans || !first || refuse(level, game, { type: 'propose', proposal: e.proposal }) !== null) {
        ctx.send(e);
        return;
      }
      hotseat.pending = {
        proposal: { ...e.proposal }, round: game.round, logLength: game.log.length,
        stage: { kind: 'handover', side: first }, answers: {},
      };
      again(ctx, '#hotseat-title');
    },
  };
}

/**
 * Draws the screen again after the hot-seat state changed, then moves focus to `selector` (the
 * hot-seat stage is still kept here until the round machine holds it).
 */
export function again(ctx: ScreenContext, selector: string): void {
  ctx.focusAfter(selector);
  ctx.store.set({});
}

/** Records a team's answer and moves on to the next team, or to handing the device back. */
export function recordAnswer(side: SideId, answer: HumanAnswer, reason: string): void {
  const p = hotseat.pending;
  if (!p) return;
  p.answers[side] = typeof answer === 'object' ? { verdict: 'counter', counter: { ...answer.counter } } : answer;
  const text = reason.trim();
  if (text) hotseat.notes[p.logLength] = { ...hotseat.notes[p.logLength], [side]: text };
  const next = teamSides().find((s) => p.answers[s] === undefined);
  p.stage = next ? { kind: 'handover', side: next } : { kind: 'return' };
}

/** Sends the held package with the teams' answers to the machines. */
export function releasePackage(ctx: ScreenContext): void {
  const p = hotseat.pending;
  if (!p) return;
  hotseat.pending = null;
  const humans: Partial<Record<SideId, HumanAnswer>> = { ...p.answers };
  ctx.send({ type: 'PROPOSE', proposal: p.proposal, humans });
}
