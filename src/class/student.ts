// The student's class page (class.html): type the class code and a name, pick a table (or wait to
// be seated), then play that table on the solo game's own screens. A reload returns to the same
// seat with the token kept in this tab (after a server restart, with the seat key kept beside it). The server decides everything: the table's state arrives
// from the room and goes through the table machine (remote-table.ts) to the solo screens, and the
// screens' decisions go back to the room as intents.

import '../ui/critical.css';
import '../ui/styles.css';
import './student.css';
import { html, nothing, render } from 'lit-html';
import type { Room } from 'colyseus.js';
import type { Level } from '../sim/level';
import type { Msg } from '../sim/message';
import type { ViewModel } from '../machines/view-model';
import { loadLevel } from '../content/levels';
import { loadLevelText, localizeLevel } from '../content/level-i18n';
import { language, t } from '../i18n/i18n';
// The class pages' words, and those of the round screens and the sim, which the solo game loads later.
import '../i18n/class-words';
import '../i18n/play-words';
import { mountUI, type MountedUI } from '../ui/mount';
import { createPresenter } from '../ui/present';
import { classClient, comeBack, forgetToken, keepSeat, keepToken, keptSeat, keptToken, readView, type ClassView, type TableView } from './connection';
import { initLanguage, languageSwitch } from './lang';
import { errorWords } from './words';
import { personName } from './person-name';
import { createClassCheck } from './check-panel';
import { delegationScreen, envoyExtras, envoyWaiting, seatPicker, tickWhileTimed } from './seat-student';
import { createRemoteTable, type RemoteTableSource } from './remote-table';
import { injectPanel } from './inject-panel';

/** The page's own state (the table's screens keep theirs in the solo UI store). */
const ui = {
  stage: 'join' as 'join' | 'joining' | 'in' | 'lost',
  code: new URLSearchParams(location.hash.slice(1)).get('code')?.toUpperCase() ?? '',
  name: '',
  error: '',
  notice: '',
  room: null as Room | null,
  seat: '',
  /** The session's scenario as loaded, in English (the table's machine runs on it; `words()` gives the page's language). */
  level: null as Level | null,
  /** The table on screen: its id, its machine and the last view model presented from it. */
  table: null as { id: string; source: RemoteTableSource; vm: ViewModel | null } | null,
  /** Decisions this seat's table had when the state last arrived (a new one clears the page's error). */
  decided: -1,
};

/** The concept check before and after play (check-panel.ts). */
const check = createClassCheck(() => draw());

const root = document.getElementById('app')!;
root.replaceChildren(); // the loading text goes; lit-html renders into the emptied container

/** Where the solo screens draw the table: one element for the page's life, owned by `mountUI`. */
const tableRoot = document.createElement('div');
tableRoot.className = 'class-table';
let mounted: MountedUI | null = null;

function view(): ClassView | null {
  return ui.room ? readView(ui.room) : null;
}

function draw(): void {
  render(page(), root);
}

/** The session's scenario in the page's language (English until its words have arrived). */
function words(): Level | null {
  return ui.level ? localizeLevel(ui.level, language()) : null;
}

/** Loads the scenario's words in the page's language, then redraws (the solo screens follow on their own). */
async function wordsThenDraw(): Promise<void> {
  if (ui.level) await loadLevelText(ui.level.id, language());
  draw();
}

function page() {
  const v = view();
  return html`
    <header class="class-bar"><p class="brand">ASEAN Mediator</p>${languageSwitch(() => void wordsThenDraw())}</header>
    <div role="alert" class="class-alert">${ui.error}</div>
    <div role="status" class="class-status">${ui.notice}</div>
    <main>
      ${ui.stage === 'join' || ui.stage === 'joining' ? joinForm() : nothing}
      ${ui.stage === 'in' && v ? seated(v) : nothing}
      <p class="solo"><a href="./index.html">${t('class.solo')}</a></p>
    </main>`;
}

function joinForm() {
  const submit = (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    ui.code = String(f.get('code') ?? '').trim().toUpperCase();
    ui.name = String(f.get('name') ?? '').trim();
    void join();
  };
  return html`<section class="panel class-join" aria-labelledby="join-title"><h1 id="join-title">${t('class.join.title')}</h1>
    <form @submit=${submit}>
      <label for="code">${t('class.join.code')}</label>
      <input id="code" name="code" required autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="10"
        aria-describedby="code-help" .value=${ui.code} />
      <p id="code-help" class="help">${t('class.join.codeHelp')}</p>
      <label for="name">${t('class.join.name')}</label>
      <input id="name" name="name" required maxlength="40" autocomplete="nickname" aria-describedby="name-help" .value=${ui.name} />
      <p id="name-help" class="help">${t('class.join.nameHelp')}</p>
      <div class="button-row"><button type="submit" class="primary" ?disabled=${ui.stage === 'joining'}>${ui.stage === 'joining' ? t('class.join.joining') : t('class.join.submit')}</button></div>
    </form></section>`;
}

/** The line above the table: the session's phase when it is not simply running. */
function phaseLine(v: ClassView): string {
  if (v.phase === 'paused') return t('class.remoteTable.paused');
  if (v.phase === 'lobby') return t('class.remoteTable.lobby');
  return t(`class.phase.${v.phase}`);
}

function seated(v: ClassView) {
  const level = words();
  const me = v.seats.find((s) => s.id === ui.seat);
  const table = me?.table ? v.tables.find((x) => x.id === me.table) : undefined;
  const others = v.seats.filter((s) => s.id !== ui.seat && s.table === me?.table).map((s) => s.name);
  const shown = ui.table && table && ui.table.id === table.id ? ui.table.vm : null;
  if (!me?.table) {
    return html`<section class="panel class-pick" aria-labelledby="pick-title"><h1 id="pick-title">${t('class.seat.pick')}</h1>
      <div class="button-row">${v.tableIds.map((id, i) => html`<button type="button" @click=${() => ui.room?.send('pick', { table: id })}>${t('class.seat.table', { name: i + 1 })}</button>`)}</div>
      <p>${t('class.seat.wait')}</p></section>${ui.room ? seatPicker(ui.room, level, (id) => String(v.tableIds.indexOf(id) + 1)) : nothing}`;
  }
  // A delegation's team sees its government's view (seat-student.ts); the envoy's seat, the solo screens.
  const delegation = level && ui.room ? delegationScreen(ui.room, ui.seat, level, v.phase === 'running', draw) : null;
  // The envoy's screens wait (inert) while the session does, and while a tabled package waits for the teams.
  tableRoot.inert = v.phase === 'lobby' || v.phase === 'paused' || (!delegation && ui.room !== null && envoyWaiting(ui.room, table?.id ?? ''));
  return html`<div class="class-seat">
      ${table ? html`<p>${t('class.seat.you', { name: /^\d+$/.test(table.name) ? Number(table.name) : table.name })}</p>` : nothing}
      ${others.length ? html`<p>${t('class.seat.with')} ${others.map((n, i) => html`${i ? ', ' : ''}${personName(n)}`)}</p>` : nothing}
      <p class="class-phase phase-${v.phase}">${phaseLine(v)}</p>
    </div>
    ${table && level ? check.render({ levelId: level.id, decisions: table.log.length, over: Boolean(table.game?.outcome) || v.phase === 'ended', send: (type, payload) => ui.room?.send(type, payload) }) : nothing}
    ${delegation ?? html`${table && level && ui.room ? envoyExtras(ui.room, table.id, level) : nothing}
    ${shown?.level && shown.game && table && shown.screen !== 'debrief' ? injectPanel(shown.level, shown.game, table.log) : nothing}
    ${tableRoot}`}`;
}

/** Follows this seat's table: a table machine per table (a move starts a new one), fed each new state. */
function follow(v: ClassView): void {
  const me = v.seats.find((s) => s.id === ui.seat);
  const table: TableView | undefined = me?.table ? v.tables.find((x) => x.id === me.table) : undefined;
  if (!table?.game || !ui.level) return;
  if (ui.table?.id !== table.id) {
    ui.table?.source.stop();
    const room = ui.room;
    const source = createRemoteTable(ui.level, table.name, (intent) => {
      ui.error = '';
      room?.send('act', intent);
      draw();
    });
    const current = { id: table.id, source, vm: null as ViewModel | null };
    ui.table = current;
    ui.decided = -1;
    mounted ??= mountUI(tableRoot, (e) => ui.table?.source.send(e));
    const ui_ = mounted;
    // A presenter per table; one left behind by a move stops drawing (its table is no longer `current`).
    createPresenter(source).subscribe((vm) => {
      if (ui.table !== current) return;
      current.vm = vm;
      document.documentElement.dataset['screen'] = vm.screen;
      ui_.render(vm);
      draw();
    });
  }
  if (table.game.log.length !== ui.decided) {
    if (ui.decided !== -1) ui.error = '';
    ui.decided = table.game.log.length;
  }
  ui.table.source.update(table.game, v.phase);
}

function attach(room: Room): void {
  ui.room = room;
  ui.stage = 'in';
  ui.error = '';
  keepToken(ui.code, room);
  history.replaceState(null, '', `#code=${ui.code}`);
  room.onMessage('welcome', (m: { seat: string; seatKey?: string }) => {
    ui.seat = m.seat;
    const name = readView(room).seats.find((s) => s.id === m.seat)?.name ?? ui.name;
    if (m.seatKey && name) keepSeat(ui.code, { key: m.seatKey, name });
    follow(readView(room));
    draw();
  });
  room.onMessage('error', (m: { code?: string; reason?: Msg }) => {
    // The sim's refusal of a decision is the table's own (shown where the solo game shows it).
    if (m.code === 'refused' && m.reason && ui.table) ui.table.source.refused(m.reason);
    else ui.error = errorWords(ui.table?.vm?.level ?? null, m);
    draw();
  });
  room.onMessage('*', () => undefined);
  let levelAsked = false;
  room.onStateChange(() => {
    const v = readView(room);
    if (!levelAsked && v.levelId) {
      levelAsked = true;
      void loadLevel(v.levelId).then((r) => {
        if (r.ok) ui.level = r.level;
        else ui.error = r.errors.join('\n');
        follow(readView(room));
        void wordsThenDraw();
      });
    }
    follow(v);
    draw();
  });
  room.onLeave((code) => {
    ui.room = null;
    // 4000 comes from the server too (stopped with Ctrl+C, or the class moved to another process):
    // the page comes back to its seat as after a drop, by the kept seat key once the token's room is gone.
    if (code === 1000) return;
    ui.notice = t('class.connection.lost');
    draw();
    void rejoin();
  });
  room.send('hello');
  draw();
}

/** Comes back to the seat for a while after a dropped connection: by the kept token, else the seat key. */
async function rejoin(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, Math.min(500 * 2 ** i, 5000)));
    if (!keptToken(ui.code) && !keptSeat(ui.code)) break;
    const room = await comeBack(ui.code);
    if (room) {
      attach(room);
      ui.notice = '';
      draw();
      return;
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
    // This tab's seat key comes along: a seat left behind by a restarted server is returned.
    const seat = keptSeat(ui.code);
    attach(await classClient().joinById(ui.code, seat ? { name: ui.name, seatKey: seat.key } : { name: ui.name }));
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
  if (ui.code && (keptToken(ui.code) || keptSeat(ui.code))) {
    // Right after a reload the server may not have seen the old page's connection close yet, and
    // only then does it hold the seat for a reconnection (or give it back by its key): a refused
    // attempt is tried again shortly.
    for (const wait of [0, 500, 1500, 3000]) {
      if (wait) {
        ui.notice = t('class.connection.lost');
        draw();
        await new Promise((r) => setTimeout(r, wait));
      }
      const room = await comeBack(ui.code);
      if (room) {
        ui.notice = '';
        attach(room);
        return;
      }
    }
    ui.notice = '';
    forgetToken(ui.code);
  }
  draw();
}

tickWhileTimed(() => ui.room, draw);
window.__asean = { getViewModel: () => ui.table?.vm ?? null };
void start();
