// A scenario's hints for the round being played (the tutorial teaches one lever at a time), shown
// at the top of the acting screen as a labelled note.

import type { Level } from '../sim/level';
import type { GameState } from '../sim/state';
import { h } from './dom';
import { t } from '../i18n/i18n';

/** The hints of `level.hints` for this round, in file order. */
export function hintsFor(level: Level, round: number): string[] {
  return (level.hints ?? []).filter((hint) => hint.round === round).map((hint) => hint.text);
}

/** The round's hints as a note, or null when there are none. */
export function roundHint(level: Level, game: GameState): HTMLElement | null {
  const texts = hintsFor(level, game.round);
  if (texts.length === 0) return null;
  const label = t('menu.hint');
  return h('aside', { class: 'hint', 'aria-label': label },
    h('p', { class: 'eyebrow', text: label }),
    ...texts.map((text) => h('p', { text })));
}
