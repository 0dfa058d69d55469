// A student's table in a class session, drawn from the table's game state (the sim's own data).
// An interim view: until the solo screens can draw remote state, this page shows the round, the
// main meters, the moves, a package builder, the answers, the teacher's injects and the result.

import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { Level, SideId } from '../sim/level';
import { SIDES } from '../sim/level';
import type { MediatorAction, MeterId, Proposal } from '../sim/state';
import { ACTIONS } from '../sim/catalog';
import { t } from '../i18n/i18n';
import { ceasefireInline, meterLabel, meterValue, sideName } from '../ui/format';
import { incidentLine, leverLabel, roundName } from '../ui/say';
import type { ClassView, TableView } from './connection';
import { entryWords, outcomeWords } from './words';

/** Meters a table shows, in order. */
export const MAIN_METERS: readonly MeterId[] = ['intensity', 'livesLost', 'displaced', 'aseanCredibility', 'th.trustMediator', 'kh.trustMediator'];

/** Reads a meter from a game. */
export function meterOf(game: NonNullable<TableView['game']>, m: MeterId): number {
  const [a, b] = m.split('.') as [string, string | undefined];
  if (b) return game.sides[a as SideId][b as 'trustMediator'];
  return game[a as 'intensity'];
}

/** What the panel needs besides the table. */
export interface PanelProps {
  level: Level;
  view: ClassView;
  table: TableView;
  proposal: Proposal;
  act(action: MediatorAction): void;
  choose(issue: string, option: string): void;
}

function moves(p: PanelProps): TemplateResult {
  const buttons: { key: string; label: string; action: MediatorAction }[] = [];
  for (const a of ACTIONS) {
    if (a.type === 'propose' || a.type === 'end_round') continue;
    if (p.level.levers && !p.level.levers.includes(a.type)) continue;
    if (a.type === 'statement') {
      for (const side of SIDES) {
        for (const tone of ['praise', 'blame'] as const) {
          buttons.push({ key: `statement-${side}-${tone}`, label: t('class.table.statement', { tone: t(`class.table.${tone}`), side: sideName(p.level, side) }), action: { type: 'statement', side, tone } });
        }
      }
    } else if (a.targeted) {
      for (const side of SIDES) {
        buttons.push({ key: `${a.type}-${side}`, label: t('class.table.side', { lever: leverLabel(a.type), side: sideName(p.level, side) }), action: { type: a.type, side } as MediatorAction });
      }
    } else {
      buttons.push({ key: a.type, label: leverLabel(a.type), action: { type: a.type } as MediatorAction });
    }
  }
  return html`<section class="panel" aria-labelledby="moves-title">
    <h2 id="moves-title">${t('class.table.levers')}</h2>
    <div class="moves">${repeat(buttons, (b) => b.key, (b) => html`<button type="button" @click=${() => p.act(b.action)}>${b.label}</button>`)}</div>
  </section>`;
}

function builder(p: PanelProps): TemplateResult {
  const complete = p.level.issues.every((i) => p.proposal[i.id]);
  return html`<section class="panel" aria-labelledby="package-title">
    <h2 id="package-title">${t('class.table.package')}</h2>
    <div class="issues">
      ${p.level.issues.map((i) => html`<label>${i.label}
        <select @change=${(e: Event) => p.choose(i.id, (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!p.proposal[i.id]}>—</option>
          ${i.options.map((o) => html`<option value=${o.id} ?selected=${p.proposal[i.id] === o.id}>${o.label}</option>`)}
        </select></label>`)}
    </div>
    <button type="button" ?disabled=${!complete} @click=${() => p.act({ type: 'propose', proposal: { ...p.proposal } })}>${t('class.table.propose')}</button>
  </section>`;
}

/** The table panel. */
export function tablePanel(p: PanelProps): TemplateResult {
  const g = p.table.game;
  if (!g) return html``;
  const level = p.level;
  const over = g.outcome !== null || p.view.phase === 'ended';
  const injects = p.table.log.filter((e) => e.type === 'inject').slice(-5);
  const last = g.reports.at(-1);
  return html`
    <section class="panel status" aria-labelledby="table-title">
      <h2 id="table-title">${t('class.table.interim')} ${p.table.name}</h2>
      <p>${t('class.table.round', { round: roundName(level, g.round), max: g.maxRounds })} · ${ceasefireInline(g.ceasefire)} · ${t('class.table.capital', { n: g.capital })}</p>
      <dl class="meters">${MAIN_METERS.map((m) => html`<div><dt>${meterLabel(m, level)}</dt><dd>${meterValue(m, meterOf(g, m), level)}</dd></div>`)}</dl>
    </section>
    ${over ? html`<section class="panel result" aria-labelledby="result-title"><h2 id="result-title">${t('class.outcome.title')}</h2><p>${outcomeWords(g)}</p></section>` : nothing}
    ${injects.length ? html`<section class="panel injects" aria-labelledby="injects-title"><h2 id="injects-title">${t('class.table.injects')}</h2>
      <ul>${injects.map((e) => html`<li>${entryWords(level, e)}</li>`)}</ul></section>` : nothing}
    ${g.answers.length ? html`<section class="panel" aria-labelledby="answers-title"><h2 id="answers-title">${t('class.table.answers')}</h2>
      <ul>${g.answers.map((a) => html`<li>${t(`class.verdict.${a.verdict}`, { side: sideName(level, a.side) })}</li>`)}</ul></section>` : nothing}
    ${!over && p.view.phase === 'running' ? html`${moves(p)}${builder(p)}
      <p><button type="button" class="primary" @click=${() => p.act({ type: 'end_round' })}>${t('class.table.endRound')}</button></p>` : nothing}
    <section class="panel" aria-labelledby="last-title"><h2 id="last-title">${t('class.table.lastRound')}</h2>
      ${last?.incidents.length ? html`<ul>${last.incidents.map((e) => html`<li>${incidentLine(level, e)}</li>`)}</ul>` : html`<p>${t('class.table.nothing')}</p>`}
    </section>`;
}
