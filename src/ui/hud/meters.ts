// The meters panel: every number the player steers by, with the last report's change to it:
// direction (▲/▼ and a word), size and cause. The cause sits in a details/summary, so it opens on
// tap, click, Enter or Space, and stays open until closed (never hover-only). When a value changes
// its bar eases from the old width to the new one and the row glows once (CSS, so the reduce-motion
// setting makes both instant).

import { SIDES, type Level } from '../../sim/level';
import type { GameState, MeterChange, MeterId, RoundReport } from '../../sim/state';
import { h, srOnly } from '../dom';
import { changeLead, changeSize, changeTone, direction, meterLabel, meterValue, SIDE_METER_KEYS, sideName, WORLD_METER_IDS } from '../format';
import { roundName, say } from '../say';
import { t } from '../../i18n/i18n';

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
export function changeMarker(meter: MeterId, changes: MeterChange[], level: Level): HTMLElement | null {
  const first = changes[0];
  const last = changes[changes.length - 1];
  if (!first || !last) return null;
  const delta = last.to - first.from;
  const dir = direction(delta);
  return h('details', { class: `change ${dir.key} ${changeTone(meter, delta)}`, 'data-key': `change-${meter}` },
    h('summary', { 'data-focus': `change-${meter}` },
      h('span', { 'aria-hidden': 'true', text: dir.arrow }), ' ',
      srOnly(`${changeLead(meter, delta, level)} `),
      delta === 0 ? t('play.meters.noNetChange') : changeSize(meter, delta)),
    h('ul', { class: 'causes' }, ...changes.map((c) => {
      const d = c.to - c.from;
      return h('li', { text: t('play.meters.causeLine', { arrow: direction(d).arrow, size: changeSize(meter, d), cause: say(level, c.cause) }) });
    })),
  );
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

/** The value each meter showed when last drawn, so a re-draw can animate from it. */
const shown = new Map<string, number>();
/** The game (by seed) whose meters `shown` holds: a new game starts it afresh, so it never grows. */
let shownSeed: number | null = null;

/** A bar's fill, starting at the last drawn value and easing to `value` on the next frames. */
function fill(key: string, value: number): HTMLElement {
  // A scale, not a width: the browser eases it without laying the page out on every frame.
  const scale = (v: number) => `scaleX(${Math.max(0, Math.min(1, v)).toFixed(3)})`;
  const before = shown.get(key);
  const el = h('span', { class: 'fill', style: `transform:${scale(before ?? value)}` });
  if (before !== undefined && before !== value && typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => requestAnimationFrame(() => { el.style.transform = scale(value); }));
  }
  return el;
}

function row(game: GameState, level: Level, meter: MeterId, all: MeterChange[], withSide: boolean): HTMLElement {
  const value = meterNow(game, meter);
  if (shownSeed !== game.seed) {
    shown.clear();
    shownSeed = game.seed;
  }
  const key = `${game.seed}:${meter}`;
  const changed = shown.has(key) && shown.get(key) !== value;
  const changes = all.filter((c) => c.meter === meter);
  const isShare = !['livesLost', 'displaced', 'leverageLeft'].includes(meter) && !meter.endsWith('.bias');
  const bar = isShare && h('span', { class: 'bar', 'aria-hidden': 'true' }, fill(key, value));
  shown.set(key, value);
  return h('li', { class: `meter${changed ? ' changed' : ''}`, 'data-meter': meter },
    h('span', { class: 'meter-label', text: meterLabel(meter, level, withSide) }),
    h('span', { class: 'meter-value', text: meterValue(meter, value, level) }),
    bar,
    changeMarker(meter, changes, level),
  );
}

/** The meters panel for the current game state and the last report. */
export function renderMeters(level: Level, game: GameState): HTMLElement {
  const { changes, note } = shownChanges(level, game);
  return h('section', { class: 'meters panel', 'aria-labelledby': 'meters-title' },
    h('h2', { id: 'meters-title', text: t('play.meters.title') }),
    h('p', { class: 'help', text: note }),
    h('ul', { class: 'meter-list' }, ...WORLD_METER_IDS.map((m) => row(game, level, m, changes, false))),
    h('div', { class: 'sides' }, ...SIDES.map((side) =>
      h('section', { class: `side side-${side}`, 'aria-label': sideName(level, side) },
        h('h3', { text: sideName(level, side) }),
        h('ul', { class: 'meter-list' }, ...SIDE_METER_KEYS.map((k) =>
          row(game, level, `${side}.${k}` as MeterId, changes, false))),
      ))),
  );
}
