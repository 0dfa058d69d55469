// The teacher's injects of the round under way, above a student's table: each incident in the
// words of the round report (toll, place, broken ceasefire) with the meter changes it caused, and
// each news flash as text. At the round's end they join the round report with the other incidents.

import { html, nothing, type TemplateResult } from 'lit-html';
import type { Level } from '../sim/level';
import type { GameState, IncidentEvent } from '../sim/state';
import type { TableEntry } from '../sim/inject';
import { t } from '../i18n/i18n';
import { changeSize, direction, meterLabel, meterValue } from '../ui/format';
import type { MeterChange } from '../sim/state';
import { incidentWords } from '../ui/hud/report';

/** The log's injects since the round's last end (decisions and earlier rounds left out). */
export function injectsThisRound(log: readonly TableEntry[]): TableEntry[] {
  let from = 0;
  log.forEach((e, i) => { if (e.type === 'end_round') from = i + 1; });
  return log.slice(from).filter((e) => e.type === 'inject');
}

/** A change the incident made, without its cause (the incident is the line above it). */
function changeLine(level: Level, c: MeterChange): string {
  const d = c.to - c.from;
  return `${t(`common.change.lead.${direction(d).key}`, { meter: meterLabel(c.meter, level) })} ${changeSize(c.meter, d)} (${meterValue(c.meter, c.from, level)} → ${meterValue(c.meter, c.to, level)})`;
}

function incidentItem(level: Level, game: GameState, e: IncidentEvent): TemplateResult {
  const changes = game.roundChanges.filter((c) => c.cause.key === 'sim.cause.incident' && c.cause.args?.['incident'] === e.id && c.cause.args?.['side'] === e.victim);
  return html`<li>${t('class.table.incident', { text: incidentWords(level, e) })}
    ${changes.length ? html`<ul class="inject-changes">${changes.map((c) => html`<li>${changeLine(level, c)}</li>`)}</ul>` : nothing}</li>`;
}

/** The panel (nothing when the round has no inject); news text is bound as text only. */
export function injectPanel(level: Level, game: GameState, log: readonly TableEntry[]): TemplateResult | typeof nothing {
  if (game.outcome) return nothing;
  const entries = injectsThisRound(log);
  if (entries.length === 0) return nothing;
  const incidents = [...(game.injected ?? [])];
  return html`<section class="panel class-injects" aria-labelledby="injects-title">
    <h2 id="injects-title">${t('class.table.injects')}</h2>
    <ul>${entries.map((e) => {
      if (e.type !== 'inject') return nothing;
      if ('news' in e) return html`<li>${t('class.table.news', { text: e.news })}</li>`;
      const event = incidents.shift();
      return event ? incidentItem(level, game, event) : nothing;
    })}</ul>
  </section>`;
}
