// The class debrief on the teacher console: every table's accord on one chart of the two sides'
// values with the Pareto frontier and the Nash point, what really happened beside it, and a table
// of results, scores and timelines. Printable; names are bound as text.

import { html, svg, nothing, type TemplateResult } from 'lit-html';
import type { Level } from '../sim/level';
import { t } from '../i18n/i18n';
import { sideName } from '../ui/format';
import { roundName } from '../ui/say';
import type { ClassView } from './connection';
import { chartData } from './chart-data';
import { entryWords, outcomeWords } from './words';
import { personName } from './person-name';
import { checkDebrief, type ClassChecks } from './check-debrief';

const W = 420;
const H = 420;
const PAD = 48;
const x = (v: number) => PAD + v * (W - 2 * PAD);
const y = (v: number) => H - PAD - v * (H - 2 * PAD);

/** Accords at the same point, drawn once with every table's name beside it. */
function samePoints(accords: { name: string; value: { a: number; b: number } }[]): { a: number; b: number; names: string[] }[] {
  const byPoint = new Map<string, { a: number; b: number; names: string[] }>();
  for (const p of accords) {
    const key = `${p.value.a.toFixed(4)},${p.value.b.toFixed(4)}`;
    const at = byPoint.get(key) ?? { a: p.value.a, b: p.value.b, names: [] };
    at.names.push(p.name);
    byPoint.set(key, at);
  }
  return [...byPoint.values()];
}

function chart(level: Level, v: ClassView): TemplateResult {
  const data = chartData(level, v.tables.map((tb) => ({ id: tb.id, name: tb.name, accord: tb.game?.accord ?? null })));
  if (!data) return html``;
  const th = sideName(level, 'th');
  const kh = sideName(level, 'kh');
  const line = data.frontier.map((p) => `${x(p.a).toFixed(1)},${y(p.b).toFixed(1)}`).join(' ');
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return html`<figure class="chart">
    <figcaption id="chart-title">${t('class.debrief.chart')}</figcaption>
    <svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="chart-title chart-desc">
      <desc id="chart-desc">${t('class.debrief.chartDesc', { th, kh })}</desc>
      ${ticks.map((v) => svg`<line class="grid" x1=${x(v)} x2=${x(v)} y1=${y(0)} y2=${y(1)}></line><line class="grid" x1=${x(0)} x2=${x(1)} y1=${y(v)} y2=${y(v)}></line>
        <text class="tick" x=${x(v)} y=${y(0) + 16} text-anchor="middle">${Math.round(v * 100)}</text>
        <text class="tick" x=${x(0) - 8} y=${y(v) + 4} text-anchor="end">${Math.round(v * 100)}</text>`)}
      <text class="axis" x=${x(0.5)} y=${H - 8} text-anchor="middle">${th}</text>
      <text class="axis" x=${14} y=${y(0.5)} text-anchor="middle" transform="rotate(-90 14 ${y(0.5)})">${kh}</text>
      <polyline class="frontier" points=${line}></polyline>
      ${data.nash ? svg`<circle class="nash" cx=${x(data.nash.a)} cy=${y(data.nash.b)} r="9"></circle>` : nothing}
      ${samePoints(data.accords).map((p) => svg`<g class="accord"><circle cx=${x(p.a)} cy=${y(p.b)} r="6"></circle>
        <text x=${p.a > 0.55 ? x(p.a) - 10 : x(p.a) + 10} y=${y(p.b) + 20} text-anchor=${p.a > 0.55 ? 'end' : 'start'}>${p.names.join(', ')}</text></g>`)}
    </svg>
    <ul class="legend">
      <li><span class="key frontier-key" aria-hidden="true"></span>${t('class.debrief.frontier')}</li>
      <li><span class="key nash-key" aria-hidden="true"></span>${t('class.debrief.nash')}</li>
      <li><span class="key accord-key" aria-hidden="true"></span>${t('class.debrief.accordKey')}</li>
    </ul>
    ${data.accords.length ? nothing : html`<p>${t('class.debrief.noAccord')}</p>`}
  </figure>`;
}

function timeline(level: Level, log: ClassView['tables'][number]['log']): string[] {
  const lines: string[] = [];
  let round = 1;
  let moves: string[] = [];
  for (const e of log) {
    if (e.type === 'end_round') {
      lines.push(t('class.debrief.roundLine', { round: roundName(level, round), moves: moves.join(', ') || '—' }));
      round += 1;
      moves = [];
    } else {
      moves.push(entryWords(level, e));
    }
  }
  if (moves.length) lines.push(t('class.debrief.roundLine', { round: roundName(level, round), moves: moves.join(', ') }));
  return lines;
}

/** The class debrief section. */
export function debriefView(level: Level, v: ClassView, exports: { csv(): void; json(): void }, checks: ClassChecks = {}): TemplateResult {
  return html`<section class="panel debrief" aria-labelledby="debrief-title">
    <h2 id="debrief-title">${t('class.debrief.title')}</h2>
    <div class="no-print actions">
      <button type="button" @click=${() => window.print()}>${t('class.debrief.print')}</button>
      <button type="button" @click=${exports.csv}>${t('class.debrief.csv')}</button>
      <button type="button" @click=${exports.json}>${t('class.debrief.json')}</button>
    </div>
    <div class="debrief-grid">
      ${chart(level, v)}
      <section aria-labelledby="real-title"><h3 id="real-title">${t('class.debrief.real')}</h3>
        <ul>${level.debrief.map((f) => html`<li>${f.text}</li>`)}</ul></section>
    </div>
    <h3>${t('class.debrief.scores')}</h3>
    <table class="scores">
      <thead><tr><th scope="col">${t('class.debrief.colTable')}</th><th scope="col">${t('class.debrief.colStudents')}</th>
        <th scope="col">${t('class.debrief.colOutcome')}</th><th scope="col">${t('class.debrief.colScore')}</th><th scope="col">${t('class.debrief.colTimeline')}</th></tr></thead>
      <tbody>${v.tables.map((tb) => html`<tr>
        <th scope="row">${tb.name}</th>
        <td>${v.seats.filter((s) => s.table === tb.id).map((s, i) => html`${i ? ', ' : ''}${personName(s.name)}`)}</td>
        <td>${outcomeWords(tb.game, v.phase === 'ended')}</td>
        <td>${tb.game?.outcome ? Math.round(tb.game.outcome.score) : '—'}</td>
        <td><ol class="timeline">${timeline(level, tb.log).map((l) => html`<li>${l}</li>`)}</ol></td>
      </tr>`)}</tbody>
    </table>
    ${checkDebrief(level.id, v, checks)}
  </section>`;
}
