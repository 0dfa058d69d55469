// A scenario's hints for the round being played (the tutorial teaches one lever at a time), shown
// at the top of the acting screen as a labelled note.

import { html, type TemplateResult } from 'lit-html';
import type { Level } from '../sim/level';
import type { GameState } from '../sim/state';
import { t } from '../i18n/i18n';

/** The hints of `level.hints` for this round, in file order. */
export function hintsFor(level: Level, round: number): string[] {
  return (level.hints ?? []).filter((hint) => hint.round === round).map((hint) => hint.text);
}

/** The round's hints as a note, or null when there are none. */
export function roundHint(level: Level, game: GameState): TemplateResult | null {
  const texts = hintsFor(level, game.round);
  if (texts.length === 0) return null;
  const label = t('menu.hint');
  return html`<aside class="hint" aria-label=${label}><p class="eyebrow">${label}</p>${texts.map((text) => html`<p>${text}</p>`)}</aside>`;
}
