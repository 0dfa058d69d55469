// The delegations' readings on the acting screen: what a side says when the mediator asks (for one
// capital, or free when it trusts the mediator). Numbers from the model, in plain words.

import { html, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { FREE_READING_TRUST } from '../../sim/catalog';
import { SIDES, type Level, type SideId } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { delegationReading, type Fear } from '../../sim/negotiation/reading';
import { pct, sideName } from '../format';
import { t } from '../../i18n/i18n';

/** A fear in words (`play.reading.fear.*`), read at render time. */
function fear(f: Fear): string {
  return t(`play.reading.fear.${f}`);
}

/** Whether the mediator holds this side's reading this round (asked, or given freely). */
export function hasReading(game: GameState, side: SideId): boolean {
  return game.consulted.includes(side) || game.sides[side].trustMediator >= FREE_READING_TRUST;
}

/** A side's red line in words: the issue and the terms its public would take there. */
function redLineText(level: Level, red: { issue: string; options: string[] }): string {
  const def = level.issues.find((i) => i.id === red.issue);
  const options = red.options.map((o) => def?.options.find((x) => x.id === o)?.label ?? o).join(' / ');
  return t('play.exploit.readingRedLine', { issue: def?.label ?? red.issue, options });
}

/** One side's reading as a short description list. */
function readingCard(level: Level, game: GameState, side: SideId): TemplateResult {
  const r = delegationReading(level, game, side);
  const label = (issue: string, option: string) => {
    const def = level.issues.find((i) => i.id === issue);
    return t('play.reading.need', { issue: def?.label ?? issue, option: def?.options.find((o) => o.id === option)?.label ?? option });
  };
  const title = t('play.reading.title', { side: sideName(level, side) });
  return html`<article class="reading" aria-label=${title}>
    <h3>${title}</h3>
    <p>${t('play.reading.numbers', { readiness: pct(r.readiness), target: pct(r.target), reservation: pct(r.reservation), ratification: pct(r.ratification) })}</p>
    <p class="reading-needs">${t('play.reading.needs', { needs: r.needs.map((n) => label(n.issue, n.option)).join('; ') })}</p>
    ${r.redLine ? html`<p class="reading-red-line">${redLineText(level, r.redLine)}</p>` : null}
    <p class="reading-fears">${r.fears.length ? t('play.reading.fears', { fears: r.fears.map(fear).join('; ') }) : t('play.reading.noFear')}</p>
  </article>`;
}

/** The readings the mediator holds this round, or a line saying how to get them; nothing when the scenario offers neither. */
export function renderReadings(level: Level, game: GameState): TemplateResult | null {
  const held = SIDES.filter((s) => hasReading(game, s));
  if (held.length === 0 && level.levers && !level.levers.includes('consult')) return null;
  return html`<section class="readings panel" aria-labelledby="readings-title">
    <h2 id="readings-title">${t('play.reading.heading')}</h2>
    ${held.length === 0
      ? html`<p class="help">${t('play.reading.howTo', { trust: pct(FREE_READING_TRUST) })}</p>`
      : html`<div class="reading-list">${repeat(held, (s) => s, (s) => readingCard(level, game, s))}</div>`}
  </section>`;
}
