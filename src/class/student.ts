// The student's class page (class.html): type the class code and a name, pick a table (or wait to
// be seated), then play that table. A reload returns to the same seat with the token kept in this
// tab; the server decides everything, this page only draws what its seat may see and sends intents.

import './class.css';
import { html, nothing, render } from 'lit-html';
import type { Room } from 'colyseus.js';
import type { Level } from '../sim/level';
import type { MediatorAction, Proposal } from '../sim/state';
import { t } from '../i18n/i18n';
import { classClient, forgetToken, keepToken, keptToken, readView, type ClassView } from './connection';
import { initLanguage, languageSwitch } from './lang';
import { sessionLevel } from './level-text';
import { tablePanel } from './table-panel';
import { errorWords } from './words';
import { personName } from './person-name';
import { createClassCheck } from './check-panel';
import { delegationScreen, envoyExtras, seatPicker, tickWhileTimed } from './seat-student';

/** The page's one UI store. */
const ui = {
  stage: 'join' as 'join' | 'joining' | 'in' | 'lost',
  code: new URLSearchParams(location.hash.slice(1)).get('code')?.toUpperCase() ?? '',
  name: '',
  error: '',
  notice: '',
  room: null as Room | null,
  seat: '',
  level: null as Level | null,
  proposal: {} as Proposal,
};

/** The concept check before and after play (check-panel.ts). */
const check = createClassCheck(() => draw());

const root = document.getElementById('app')!;
root.replaceChildren(); // the loading text goes; lit-html renders into the emptied container

function view(): ClassView | null {
  return ui.room ? readView(ui.room) : null;
}

function draw(): void {
  render(page(), root);
}

function page() {
  const v = view();
  return html`
    <header class="bar"><h1>ASEAN Mediator</h1>${languageSwitch(() => void refreshLevel())}</header>
    <div role="alert" class="alert">${ui.error}</div>
    <div role="status" class="status-line">${ui.notice}</div>
    ${ui.stage === 'join' || ui.stage === 'joining' ? joinForm() : nothing}
    ${ui.stage === 'in' && v ? seated(v) : nothing}
    <p class="solo"><a href="./index.html">${t('class.solo')}</a></p>`;
}

function joinForm() {
  const submit = (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    ui.code = String(f.get('code') ?? '').trim().toUpperCase();
    ui.name = String(f.get('name') ?? '').trim();
    void join();
  };
  return html`<main><h2>${t('class.join.title')}</h2>
    <form class="panel join" @submit=${submit}>
      <label for="code">${t('class.join.code')}</label>
      <input id="code" name="code" required autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="10"
        aria-describedby="code-help" .value=${ui.code} />
      <p id="code-help" class="help">${t('class.join.codeHelp')}</p>
      <label for="name">${t('class.join.name')}</label>
      <input id="name" name="name" required maxlength="40" autocomplete="nickname" aria-describedby="name-help" .value=${ui.name} />
      <p id="name-help" class="help">${t('class.join.nameHelp')}</p>
      <button type="submit" class="primary" ?disabled=${ui.stage === 'joining'}>${ui.stage === 'joining' ? t('class.join.joining') : t('class.join.submit')}</button>
    </form></main>`;
}

function seated(v: ClassView) {
  const me = v.seats.find((s) => s.id === ui.seat);
  const table = me?.table ? v.tables.find((x) => x.id === me.table) : undefined;
  const others = v.seats.filter((s) => s.id !== ui.seat && s.table === me?.table).map((s) => s.name);
  return html`<main>
    <p class="phase">${t(`class.phase.${v.phase}`)}</p>
    ${!me?.table ? html`<section class="panel" aria-labelledby="pick-title"><h2 id="pick-title">${t('class.seat.pick')}</h2>
      <div class="moves">${v.tableIds.map((id, i) => html`<button type="button" @click=${() => ui.room?.send('pick', { table: id })}>${t('class.seat.table', { name: i + 1 })}</button>`)}</div>
      <p>${t('class.seat.wait')}</p></section>${ui.room ? seatPicker(ui.room, ui.level, (id) => String(v.tableIds.indexOf(id) + 1)) : nothing}` : nothing}
    ${table ? html`<p>${t('class.seat.you', { name: table.name })}</p>` : nothing}
    ${others.length ? html`<p>${t('class.seat.with')} ${others.map((n, i) => html`${i ? ', ' : ''}${personName(n)}`)}</p>` : nothing}
    ${table && ui.level ? check.render({ levelId: ui.level.id, decisions: table.log.length, over: Boolean(table.game?.outcome) || v.phase === 'ended', send: (type, payload) => ui.room?.send(type, payload) }) : nothing}
    ${me?.table && ui.level && ui.room ? delegationScreen(ui.room, ui.seat, ui.level, v.phase === 'running', draw)
      ?? (table ? html`${envoyExtras(ui.room, table.id, ui.level)}${tablePanel({ level: ui.level, view: v, table, proposal: ui.proposal, act, choose })}` : nothing) : nothing}
  </main>`;
}

function act(action: MediatorAction): void {
  ui.error = '';
  ui.room?.send('act', { action });
  draw();
}

function choose(issue: string, option: string): void {
  if (option) ui.proposal[issue as keyof Proposal] = option;
  else delete ui.proposal[issue as keyof Proposal];
  draw();
}

async function refreshLevel(): Promise<void> {
  const v = view();
  if (v?.levelId) ui.level = await sessionLevel(v.levelId);
  draw();
}

function attach(room: Room): void {
  ui.room = room;
  ui.stage = 'in';
  ui.error = '';
  keepToken(ui.code, room);
  history.replaceState(null, '', `#code=${ui.code}`);
  room.onMessage('welcome', (m: { seat: string }) => {
    ui.seat = m.seat;
    draw();
  });
  room.onMessage('error', (m: { code?: string; reason?: { key: string } }) => {
    ui.error = errorWords(ui.level, m);
    draw();
  });
  room.onMessage('*', () => undefined);
  let levelAsked = false;
  room.onStateChange(() => {
    if (!levelAsked && readView(room).levelId) {
      levelAsked = true;
      void refreshLevel();
    }
    draw();
  });
  room.onLeave((code) => {
    ui.room = null;
    if (code === 4000 || code === 1000) return;
    ui.notice = t('class.connection.lost');
    draw();
    void rejoin();
  });
  room.send('hello');
  draw();
}

/** Tries the kept token again for a while after a dropped connection. */
async function rejoin(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, Math.min(500 * 2 ** i, 5000)));
    const token = keptToken(ui.code);
    if (!token) break;
    try {
      attach(await classClient().reconnect(token));
      ui.notice = '';
      draw();
      return;
    } catch {
      // not yet
    }
  }
  ui.stage = 'lost';
  ui.notice = t('class.connection.gone');
  draw();
}

async function join(): Promise<void> {
  ui.stage = 'joining';
  ui.error = '';
  draw();
  try {
    attach(await classClient().joinById(ui.code, { name: ui.name }));
  } catch (e) {
    ui.stage = 'join';
    const m = (e as Error).message ?? '';
    ui.error = /not found|invalid|expired/i.test(m) ? t('class.join.noClass')
      : /fetch|network|ECONNREFUSED|Failed/i.test(m) ? t('class.join.offline') : t('class.join.refused', { reason: m });
    draw();
  }
}

async function start(): Promise<void> {
  await initLanguage();
  draw();
  const token = ui.code ? keptToken(ui.code) : null;
  if (token) {
    try {
      attach(await classClient().reconnect(token));
      return;
    } catch {
      forgetToken(ui.code);
    }
  }
  draw();
}

tickWhileTimed(() => ui.room, draw);
void start();
