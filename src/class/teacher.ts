// The teacher console (teacher.html#code=…&key=…): every table live on one screen, the session's
// controls, injects, moving a student, and the class debrief with its exports. The key stays in
// the address fragment, which browsers never send to a server.

import './class.css';
import { html, nothing, render } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { Room } from 'colyseus.js';
import type { IncidentDef, Level } from '../sim/level';
import type { GameState } from '../sim/state';
import { dangers } from '../sim/dangers';
import { SIDES, type SideId } from '../sim/level';
import { incidentText } from '../sim/incident-text';
import { NEWS_MAX } from '../sim/inject';
import { INJECT_EDGE, tablesNearWar } from './inject-risk';
import { t } from '../i18n/i18n';
// The class pages' words, and those of the round screens and the sim, which the solo game loads later.
import '../i18n/class-words';
import '../i18n/play-words';
import { ceasefireInline, meterLabel, meterValue, sideName } from '../ui/format';
import { roundTitle, scriptLang } from '../ui/say';
import { personName } from './person-name';
import { classClient, keepToken, keptToken, readView, type ClassView, type TableView } from './connection';
import { initLanguage, languageSwitch } from './lang';
import { sessionLevel } from './level-text';
import { MAIN_METERS, meterOf } from './table-meters';
import { entryWords, errorWords, outcomeWords } from './words';
import { debriefView } from './debrief-view';
import { classCsv, classJson, download } from './export';
import type { ClassChecks } from './check-debrief';
import { roleSelect, seatRows, timerForm } from './seat-console';
import { readParties } from './seat-state';

const params = new URLSearchParams(location.hash.slice(1));
/** The page's one UI store. */
const ui = {
  code: (params.get('code') ?? '').toUpperCase(),
  key: params.get('key') ?? '',
  room: null as Room | null,
  level: null as Level | null,
  error: '',
  notice: '',
  injectKind: 'incident' as 'incident' | 'news',
  injectVictim: 'th' as SideId,
  /** The incident chosen in the inject form ('' until one is picked: the first). */
  injectIncident: '',
  /** The students' concept checks, as the room sent them. */
  checks: {} as ClassChecks,
};

const root = document.getElementById('app')!;
root.replaceChildren(); // the loading text goes; lit-html renders into the emptied container

function draw(): void {
  render(page(), root);
}

function send(type: string, payload?: unknown): void {
  ui.error = '';
  ui.notice = '';
  ui.room?.send(type, payload ?? {});
  draw();
}

function page() {
  const v = ui.room ? readView(ui.room) : null;
  return html`
    <header class="bar"><h1>${t('class.teacher.title')}</h1>${languageSwitch(() => void refreshLevel())}</header>
    <div role="alert" class="alert">${ui.error}</div>
    <div role="status" class="status-line">${ui.notice}</div>
    ${v && ui.level ? consoleView(v, ui.level) : nothing}`;
}

function controls(v: ClassView) {
  const end = () => {
    if (confirm(t('class.teacher.endConfirm'))) send('end');
  };
  return html`<section class="panel no-print controls" aria-label=${t('class.teacher.title')}>
    <p class="code">${t('class.teacher.code')}: <strong>${ui.code}</strong></p>
    <p>${t('class.teacher.joinAt', { url: `${location.origin}/class.html` })}</p>
    <p class="phase">${t(`class.phase.${v.phase}`)}</p>
    <div class="moves">
      <button type="button" ?disabled=${v.phase !== 'lobby'} @click=${() => send('start')}>${t('class.teacher.start')}</button>
      <button type="button" ?disabled=${v.phase !== 'running'} @click=${() => send('pause')}>${t('class.teacher.pause')}</button>
      <button type="button" ?disabled=${v.phase !== 'paused'} @click=${() => send('resume')}>${t('class.teacher.resume')}</button>
      <button type="button" class="danger" ?disabled=${v.phase === 'ended'} @click=${end}>${t('class.teacher.end')}</button>
    </div>
  </section>`;
}

function card(level: Level, v: ClassView, tb: TableView) {
  const g = tb.game;
  const people = v.seats.filter((s) => s.table === tb.id);
  const last = tb.log.at(-1);
  return html`<article class="card" aria-labelledby="card-${tb.id}">
    <h3 id="card-${tb.id}">${t('class.seat.table', { name: tb.name })}</h3>
    ${g ? html`<p>${t('class.table.round', { round: roundTitle(level, g.round), max: g.maxRounds })} · ${ceasefireInline(g.ceasefire)}</p>
      <dl class="meters small">${MAIN_METERS.slice(0, 4).map((m) => html`<div><dt>${meterLabel(m, level)}</dt><dd>${meterValue(m, meterOf(g, m), level)}</dd></div>`)}</dl>
      <p class="last">${t('class.teacher.last', { what: last ? entryWords(level, last) : t('class.teacher.none') })}</p>
      ${g.outcome ? html`<p class="result">${outcomeWords(g)}</p>` : dangerLine(level, g)}` : nothing}
    ${ui.room ? seatRows(level, readParties(ui.room).get(tb.id), people, tb.name, send) : nothing}
    <ul class="people">${people.length ? people.map((s) => html`<li class=${s.connected ? 'on' : 'off'}>${personName(s.name)} ${t(s.connected ? 'class.teacher.connected' : 'class.teacher.away')}</li>`)
      : html`<li>${t('class.teacher.nobody')}</li>`}</ul>
  </article>`;
}

/** A table close to losing its game: open war near, or a delegation near walking out (sim/dangers.ts). */
function dangerLine(level: Level, g: GameState) {
  const near = dangers(level, g);
  const words = [
    ...(near.war ? [t('class.teacher.nearWar')] : []),
    ...near.walkout.map((side) => t('class.teacher.nearWalkout', { side: sideName(level, side) })),
  ];
  return words.length ? html`<p class="danger">${words.join(' · ')}</p>` : nothing;
}

function injectForm(level: Level, v: ClassView) {
  const chosen = level.incidents.find((d) => d.id === ui.injectIncident) ?? level.incidents[0];
  const submit = (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const table = String(f.get('target'));
    if (ui.injectKind === 'news') send('inject', { table, news: String(f.get('news') ?? '') });
    else send('inject', { table, incident: String(f.get('incident')), victim: String(f.get('victim')) });
  };
  return html`<form class="panel no-print" aria-labelledby="inject-title" @submit=${submit}>
    <h2 id="inject-title">${t('class.teacher.inject.title')}</h2>
    <label>${t('class.teacher.inject.target')}
      <select name="target"><option value="all">${t('class.teacher.inject.all')}</option>
        ${v.tables.map((tb) => html`<option value=${tb.id}>${t('class.seat.table', { name: tb.name })}</option>`)}</select></label>
    <fieldset><legend>${t('class.teacher.inject.kind')}</legend>
      ${(['incident', 'news'] as const).map((k) => html`<label class="inline"><input type="radio" name="kind" value=${k} .checked=${ui.injectKind === k}
        @change=${() => { ui.injectKind = k; draw(); }} />${t(`class.teacher.inject.${k}`)}</label>`)}
    </fieldset>
    ${ui.injectKind === 'incident' ? html`
      <label>${t('class.teacher.inject.incident')}
        <select name="incident" aria-describedby="inject-risk" @change=${(e: Event) => { ui.injectIncident = (e.target as HTMLSelectElement).value; draw(); }}>
          ${level.incidents.map((d) => html`<option value=${d.id} ?selected=${d.id === chosen?.id}>${incidentText(level, d, d.victim === 'either' ? ui.injectVictim : d.victim, true)}</option>`)}</select></label>
      <p id="inject-risk" class="inject-risk">${injectRisk(level, v, chosen)}</p>
      ${!chosen || chosen.victim === 'either' ? html`<label>${t('class.teacher.inject.victim')}
        <select name="victim" @change=${(e: Event) => { ui.injectVictim = (e.target as HTMLSelectElement).value as SideId; draw(); }}>
          ${SIDES.map((s) => html`<option value=${s} ?selected=${ui.injectVictim === s}>${sideName(level, s)}</option>`)}</select></label>`
        // An incident the scenario places on one side strikes that side: nothing to choose.
        : html`<p class="fixed-side">${t('class.teacher.inject.victimFixed', { side: sideName(level, chosen.victim) })}</p>
          <input type="hidden" name="victim" .value=${chosen.victim} />`}`
      : html`<label>${t('class.teacher.inject.text', { max: NEWS_MAX })}
        <textarea name="news" required maxlength=${NEWS_MAX} rows="3"></textarea></label>`}
    <button type="submit">${t('class.teacher.inject.send')}</button>
  </form>`;
}

/**
 * What an incident does to the fighting, and which tables it could tip into open war when their
 * day ends: a teacher's incident on a table already near the edge can end its game at once.
 */
function injectRisk(level: Level, v: ClassView, def: IncidentDef | undefined): string {
  if (!def) return '';
  const rise = meterValue('intensity', def.intensity, level);
  const edge = tablesNearWar(v.tables, def);
  const words = t('class.teacher.inject.risk', { rise, war: meterValue('intensity', 1, level) });
  return edge.length ? `${words} ${t('class.teacher.inject.nearWar', { tables: edge.map((tb) => tb.name).join(', '), edge: meterValue('intensity', INJECT_EDGE, level) })}` : words;
}

function moveForm(v: ClassView, level: Level) {
  const submit = (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    send('move', { seat: String(f.get('seat')), table: String(f.get('table')), role: String(f.get('role') ?? 'envoy') });
  };
  return html`<form class="panel no-print" aria-labelledby="move-title" @submit=${submit}>
    <h2 id="move-title">${t('class.teacher.move.title')}</h2>
    <label>${t('class.teacher.move.student')}
      <select name="seat" required>${repeat(v.seats, (s) => s.id, (s) => html`<option value=${s.id} lang=${scriptLang(s.name)}>${s.name}</option>`)}</select></label>
    <label>${t('class.teacher.move.to')}
      <select name="table">${v.tables.map((tb) => html`<option value=${tb.id}>${t('class.seat.table', { name: tb.name })}</option>`)}</select></label>
    ${roleSelect(level)}
    <button type="submit" ?disabled=${v.seats.length === 0}>${t('class.teacher.move.submit')}</button>
  </form>`;
}

function consoleView(v: ClassView, level: Level) {
  const unseated = v.seats.filter((s) => !s.table).map((s) => s.name);
  const seed = (ui.room?.state as { seed?: number }).seed ?? 0;
  const difficulty = (ui.room?.state as { difficulty?: string }).difficulty ?? '';
  const exports = {
    csv: () => download(`class-${ui.code}.csv`, 'text/csv', classCsv(level, v)),
    json: () => download(`class-${ui.code}.json`, 'application/json', classJson(ui.code, v, seed, difficulty, ui.checks)),
  };
  return html`<main>
    ${controls(v)}
    <section aria-labelledby="tables-title" class="no-print">
      <h2 id="tables-title">${t('class.teacher.tables')}</h2>
      ${unseated.length ? html`<p>${t('class.teacher.unseated', { names: unseated.join(', ') })}</p>` : nothing}
      <div class="cards">${repeat(v.tables, (tb) => tb.id, (tb) => card(level, v, tb))}</div>
    </section>
    <div class="forms">${injectForm(level, v)}${moveForm(v, level)}${timerForm([...(ui.room ? readParties(ui.room).values() : [])][0]?.timer ?? 0, send)}</div>
    ${debriefView(level, v, exports, ui.checks)}
  </main>`;
}

async function refreshLevel(): Promise<void> {
  const id = ui.room ? readView(ui.room).levelId : '';
  if (id) ui.level = await sessionLevel(id);
  draw();
}

function attach(room: Room): void {
  ui.room = room;
  keepToken(`teacher-${ui.code}`, room);
  room.onMessage('error', (m: { code?: string; reason?: { key: string } }) => {
    ui.error = errorWords(ui.level, m);
    draw();
  });
  room.onMessage('injected', (m: { tables: string[] }) => {
    ui.notice = t('class.teacher.inject.sent', { n: m.tables.length });
    draw();
  });
  room.onMessage('checks', (m: ClassChecks) => {
    ui.checks = m;
    draw();
  });
  room.onMessage('*', () => undefined);
  room.send('hello');
  let asked = false;
  room.onStateChange(() => {
    if (!asked && readView(room).levelId) {
      asked = true;
      void refreshLevel();
    }
    draw();
  });
  room.onLeave((code) => {
    if (code === 4000) return;
    ui.notice = t('class.connection.lost');
    draw();
    setTimeout(() => void start(), 1500);
  });
}

async function start(): Promise<void> {
  if (!ui.code || !ui.key) {
    ui.error = t('class.teacher.keyMissing');
    return draw();
  }
  const token = keptToken(`teacher-${ui.code}`);
  try {
    attach(token ? await classClient().reconnect(token).catch(() => classClient().joinById(ui.code, { teacherKey: ui.key }))
      : await classClient().joinById(ui.code, { teacherKey: ui.key }));
    ui.notice = '';
  } catch (e) {
    ui.error = /fetch|network|Failed/i.test((e as Error).message) ? t('class.join.offline') : t('class.join.refused', { reason: (e as Error).message });
  }
  draw();
}

void initLanguage().then(start);
