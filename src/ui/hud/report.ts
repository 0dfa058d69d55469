// The round report's parts: incidents with their toll and place, the ceasefire's move, and every
// meter change with direction, size and cause. Shared by the world screen and the live region.

import type { Level } from '../../sim/level';
import type { IncidentEvent, RoundReport } from '../../sim/state';
import { html, type TemplateResult } from 'lit-html';
import { ceasefireInline, changeSize, changeTone, count, describeChange, direction, meterLabel, meterValue } from '../format';
import { incidentLine, say } from '../say';
import { t } from '../../i18n/i18n';

/** One incident in words: its text, then deaths, displaced, place and whether it broke a ceasefire. */
export function incidentWords(level: Level, i: IncidentEvent): string {
  const site = i.site ? level.sites.find((s) => s.id === i.site)?.name : undefined;
  const toll = [
    i.deaths > 0 && t('play.report.killed', { n: count(i.deaths) }),
    i.displaced > 0 && t('play.report.displaced', { n: count(i.displaced) }),
    site && t('play.report.near', { site }),
    i.violation && t('play.report.violation'),
  ].filter(Boolean);
  const text = incidentLine(level, i);
  return toll.length ? t('play.report.withToll', { text, toll: toll.join('; ') }) : text;
}

/** The ceasefire's move in words. */
export function ceasefireMove(level: Level, r: RoundReport): string {
  const { from, to } = r.ceasefire;
  if (from === to) return t('play.report.ceasefireSame', { state: ceasefireInline(to) });
  const vars = { from: ceasefireInline(from), to: ceasefireInline(to) };
  return r.ceasefire.cause
    ? t('play.report.ceasefireMovedCause', { ...vars, cause: say(level, r.ceasefire.cause) })
    : t('play.report.ceasefireMoved', vars);
}

/** Lines for the live region: incidents, the ceasefire, then each change. */
export function reportLines(level: Level, r: RoundReport): string[] {
  const incidents = r.incidents.length === 0 ? [t('play.report.noIncidents')] : r.incidents.map((i) => incidentWords(level, i));
  return [...incidents, ceasefireMove(level, r), ...r.changes.map((c) => describeChange(c, level))];
}

/** The report as sections: incidents, ceasefire, and the list of changes with their causes. */
export function renderReport(level: Level, r: RoundReport): TemplateResult {
  const items = r.changes.map((c) => {
    const d = c.to - c.from;
    const dir = direction(d);
    return html`<li class="change-item ${dir.key} ${changeTone(c.meter, d)}">
      <span class="change-meter">${meterLabel(c.meter, level)}</span>
      <span class="change-size"><span aria-hidden="true">${`${dir.arrow} `}</span><span class="visually-hidden">${`${dir.word} `}</span>${changeSize(c.meter, d)}</span>
      <span class="change-range">${`(${meterValue(c.meter, c.from, level)} → ${meterValue(c.meter, c.to, level)})`}</span><span class="change-cause">${say(level, c.cause)}</span>
    </li>`;
  });
  return html`<section class="incidents" aria-labelledby="incidents-title">
      <h2 id="incidents-title">${t('play.report.incidents')}</h2>
      ${r.incidents.length === 0
        ? html`<p>${t('play.report.noIncidentsRound')}</p>`
        : html`<ul>${r.incidents.map((i) => html`<li class="incident kind-${i.kind}${i.violation ? ' violation' : ''}">${incidentWords(level, i)}</li>`)}</ul>`}
    </section>
    <p class="ceasefire-move cf-${r.ceasefire.to}">${ceasefireMove(level, r)}</p>
    <section class="changes" aria-labelledby="changes-title">
      <h2 id="changes-title">${t('play.report.changes')}</h2>
      ${items.length === 0 ? html`<p>${t('play.report.nothingMoved')}</p>` : html`<ul class="change-list">${items}</ul>`}
    </section>`;
}
