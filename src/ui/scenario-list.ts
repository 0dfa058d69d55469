// The menu's campaign list: every shipped scenario in order with its date and playing time. A
// scenario opens when the one before it was finished (any outcome); the teacher switch opens them
// all, so a class can play the one that fits the lesson. Progress is saved in storage.

import { catalogNow, loadCatalog, type CatalogEntry } from '../content/catalog';
import { LEVEL_IDS, OPEN_CRISIS } from '../content/levels';
import { isUnlocked, readProgress, setPlayAny, type Progress } from '../platform/progress';
import type { ScreenContext } from './context';
import { button, h, uid } from './dom';
import { date } from './format';
import { uiStorage } from './preferences';
import './campaign.css';

const RESULT: Record<'win' | 'partial' | 'loss', string> = { win: 'won', partial: 'partly won', loss: 'lost' };

function status(entry: CatalogEntry, progress: Progress, open: boolean, prev: CatalogEntry | undefined): string {
  if (entry.error) return `Cannot be played: ${entry.error}`;
  const done = progress.finished[entry.id];
  if (done) return `Finished (${RESULT[done.kind]}, best score ${done.score}).`;
  if (!open) return `Locked: finish “${prev?.title ?? 'the scenario before'}” first.`;
  return 'Not played yet.';
}

function item(ctx: ScreenContext, list: CatalogEntry[], i: number, progress: Progress): HTMLElement {
  const entry = list[i]!;
  const open = isUnlocked(LEVEL_IDS, progress, entry.id) && !entry.error;
  const id = uid(`scenario-${entry.id}`);
  const facts = [entry.date && date(entry.date), entry.minutes && `about ${entry.minutes} minutes`].filter(Boolean).join(' · ');
  return h('li', { class: `scenario${open ? '' : ' locked'}` },
    h('h3', { id: `${id}-title`, text: `${i + 1}. ${entry.title}` }),
    facts && h('p', { class: 'dateline', text: facts }),
    h('p', { class: 'help', id: `${id}-status`, text: status(entry, progress, open, list[i - 1]) }),
    button('Play', () => {
      if (open) ctx.send({ type: 'NEW_GAME', levelId: entry.id, difficulty: ctx.ui.difficulty });
    }, {
      'aria-label': `Play ${entry.title}`, 'aria-describedby': `${id}-status`, 'data-focus': `play-${entry.id}`,
      'aria-disabled': open ? undefined : 'true',
    }),
    // The open crisis can be generated anew: each has a number a class can share (?scenario=open-crisis-<n>).
    entry.id === OPEN_CRISIS && open && button('Generate another crisis', () => {
      ctx.send({ type: 'NEW_GAME', levelId: `${OPEN_CRISIS}-${2 + Math.floor(Math.random() * 99_998)}`, difficulty: ctx.ui.difficulty });
    }, { 'data-focus': 'play-another-crisis', class: 'another-crisis' }),
  );
}

function fill(ctx: ScreenContext, target: HTMLElement, list: CatalogEntry[]): void {
  const progress = readProgress(uiStorage());
  target.replaceChildren(...list.map((_, i) => item(ctx, list, i, progress)));
}

/** The "Campaign" section of the menu: the teacher switch and the ordered list of scenarios. */
export function scenarioList(ctx: ScreenContext): HTMLElement {
  const storage = uiStorage();
  const list = h('ol', { class: 'scenario-list', 'aria-busy': 'true' }, h('li', { text: 'Loading the scenarios…' }));
  const teacherId = uid('play-any');
  const redraw = (entries: CatalogEntry[]) => {
    list.removeAttribute('aria-busy');
    fill(ctx, list, entries);
  };
  const now = catalogNow();
  if (now) redraw(now);
  else void loadCatalog().then((entries) => list.isConnected && redraw(entries));
  return h('section', { class: 'campaign', 'aria-labelledby': 'campaign-title' },
    h('h2', { id: 'campaign-title', text: 'Campaign' }),
    h('p', { class: 'help', text: 'Scenarios open one after another: finish one, whatever the result, to open the next.' }),
    h('div', { class: 'choice toggle' },
      h('input', {
        type: 'checkbox', id: teacherId, checked: readProgress(storage).playAny, 'data-focus': 'play-any',
        'aria-describedby': `${teacherId}-help`,
        onchange: (e: Event) => {
          setPlayAny(storage, (e.target as HTMLInputElement).checked);
          const entries = catalogNow();
          if (entries) fill(ctx, list, entries);
        },
      }),
      h('label', { for: teacherId, text: 'Teacher: play any scenario' }),
      h('span', { id: `${teacherId}-help`, class: 'help', text: 'Opens every scenario, so you can pick the one that fits your lesson.' }),
    ),
    list,
  );
}
