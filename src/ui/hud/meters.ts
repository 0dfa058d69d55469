// The meters panel: every number the player steers by, with the last report's change to it:
// direction (▲/▼ and a word), size and cause. The cause sits in a details/summary, so it opens on
// tap, click, Enter or Space, and stays open until closed (never hover-only). When a value changes
// its bar eases from the old width to the new one and the row glows once (CSS, so the reduce-motion
// setting makes both instant). The rows are kept across snapshots, so an open cause stays open.

import { SIDES, type Level } from '../../sim/level';
import type { GameState, MeterChange, MeterId, RoundReport } from '../../sim/state';
import { html, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { styleProps } from '../style-props';
import { glowOnChange } from './glow';
import { changeLead, changeSize, changeTone, direction, meterLabel, meterValue, SIDE_METER_KEYS, sideName, WORLD_METER_IDS } from '../format';
import { roundName, say } from '../say';
import { t } from '../../i18n/i18n';
import { dangers, type Dangers } from '../../sim/dangers';

/** A meter's current value from the game state. */
export function meterNow(game: GameState, meter: MeterId): number {
  const [a, b] = meter.split('.');
  if (b !== undefined) {
    const side = game.sides[a as 'th' | 'kh'] as unknown as Record<string, number>;
    return side[b] ?? 0;
  }
  return (game as unknown as Record<string, number>)[meter] ?? 0;
}

/** The last report, whose changes the panel shows. */
export function lastReport(game: GameState): RoundReport | undefined {
  return game.reports[game.reports.length - 1];
}

/** The change marker of one meter: summary "▲ up 5 pts", details listing each cause. */
export function changeMarker(meter: MeterId, changes: MeterChange[], level: Level): TemplateResult | null {
  const first = changes[0];
  const last = changes[changes.length - 1];
  if (!first || !last) return null;
  const delta = last.to - first.from;
  const dir = direction(delta);
  return html`<details class="change ${dir.key} ${changeTone(meter, delta)}">
    <summary><span aria-hidden="true">${dir.arrow}</span> <span class="visually-hidden">${changeLead(meter, delta, level)} </span>${delta === 0 ? t('play.meters.noNetChange') : changeSize(meter, delta)}</summary>
    <ul class="causes">${changes.map((c) => {
      const d = c.to - c.from;
      return html`<li>${t('play.meters.causeLine', { arrow: direction(d).arrow, size: changeSize(meter, d), cause: say(level, c.cause) })}</li>`;
    })}</ul>
  </details>`;
}

/**
 * The changes the panel shows: this round's so far while the player acts, else the last report's.
 * `note` says which, for the panel's help line.
 */
export function shownChanges(level: Level, game: GameState): { changes: MeterChange[]; note: string } {
  const unit = level.roundLabel;
  if (!game.outcome && game.roundChanges.length > 0) {
    return { changes: game.roundChanges, note: t('play.meters.noteSoFar', { unit }) };
  }
  const report = lastReport(game);
  return report
    ? { changes: report.changes, note: t('play.meters.noteLast', { round: roundName(level, report.round) }) }
    : { changes: [], note: t('play.meters.noteNone', { unit }) };
}

/** A bar's scale for a share (0..1): a transform, which the browser eases without laying the page out. */
function scale(v: number): string {
  return `scaleX(${Math.max(0, Math.min(1, v)).toFixed(3)})`;
}

/** The warning under a meter whose value is close to losing the game, or null. */
function warning(level: Level, meter: MeterId, near: Dangers): TemplateResult | null {
  const unit = level.roundLabel;
  if (meter === 'intensity' && near.war) {
    return html`<p class="meter-warning" role="note">${t('play.meters.nearWar', { war: meterValue('intensity', 1, level), unit })}</p>`;
  }
  const side = SIDES.find((s) => meter === `${s}.trustMediator`);
  if (side && near.walkout.includes(side)) {
    const walkout = meterValue(meter, level.sides[side].walkout, level);
    return html`<p class="meter-warning" role="note">${t('play.meters.nearWalkout', { walkout, side: sideName(level, side) })}</p>`;
  }
  return null;
}

function row(game: GameState, level: Level, meter: MeterId, all: MeterChange[], withSide: boolean, near: Dangers): TemplateResult {
  const value = meterNow(game, meter);
  const changes = all.filter((c) => c.meter === meter);
  const isShare = !['livesLost', 'displaced', 'leverageLeft'].includes(meter) && !meter.endsWith('.bias');
  // The nodes stay from one snapshot to the next: a new value only sets the fill's transform, which
  // the stylesheet eases, and glowOnChange lights the row once.
  const warn = warning(level, meter, near);
  return html`<li class="meter ${warn ? 'near-loss' : ''}" data-meter=${meter} ${glowOnChange(value)}>
    <span class="meter-label">${meterLabel(meter, level, withSide)}</span>
    <span class="meter-value">${meterValue(meter, value, level)}</span>
    ${isShare ? html`<span class="bar" aria-hidden="true"><span class="fill" ${styleProps({ transform: scale(value) })}></span></span>` : null}
    ${warn}
    ${changeMarker(meter, changes, level)}
  </li>`;
}

/** The meters panel for the current game state and the last report. */
export function renderMeters(level: Level, game: GameState): TemplateResult {
  const { changes, note } = shownChanges(level, game);
  const near = dangers(level, game);
  return html`<section class="meters panel" aria-labelledby="meters-title">
    <h2 id="meters-title">${t('play.meters.title')}</h2>
    <p class="help">${note}</p>
    <ul class="meter-list">${repeat(WORLD_METER_IDS, (m) => m, (m) => row(game, level, m, changes, false, near))}</ul>
    <div class="sides">${repeat(SIDES, (side) => side, (side) => html`<section class="side side-${side}" aria-label=${sideName(level, side)}>
      <h3>${sideName(level, side)}</h3>
      <ul class="meter-list">${repeat(SIDE_METER_KEYS, (k) => k, (k) => row(game, level, `${side}.${k}` as MeterId, changes, false, near))}</ul>
    </section>`)}</div>
  </section>`;
}
