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
import { locale, t } from '../i18n/i18n';
import './campaign.css';

/** "Finished (won, best score 72)." for a finished scenario, by outcome. */
function finished(kind: 'win' | 'partial' | 'loss', score: number): string {
  const vars = { score: new Intl.NumberFormat(locale(), { useGrouping: false, maximumFractionDigits: 20 }).format(score) };
  switch (kind) {
    case 'win': return t('menu.campaign.finished.win', vars);
    case 'partial': return t('menu.campaign.finished.partial', vars);
    case 'loss': return t('menu.campaign.finished.loss', vars);
  }
}

function status(entry: CatalogEntry, progress: Progress, open: boolean, prev: CatalogEntry | undefined): string {
  if (entry.error) return t('menu.campaign.cannotPlay', { error: entry.error });
  const done = progress.finished[entry.id];
  if (done) return finished(done.kind, done.score);
  if (!open) return prev ? t('menu.campaign.locked', { title: prev.title }) : t('menu.campaign.lockedUnnamed');
  return t('menu.campaign.notPlayed');
}

function item(ctx: ScreenContext, list: CatalogEntry[], i: number, progress: Progress): HTMLElement {
  const entry = list[i]!;
  const open = isUnlocked(LEVEL_IDS, progress, entry.id) && !entry.error;
  const id = uid(`scenario-${entry.id}`);
  const facts = [entry.date && date(entry.date), entry.minutes && t('menu.minutes', { count: entry.minutes })].filter(Boolean).join(' · ');
  return h('li', { class: `scenario${open ? '' : ' locked'}` },
    h('h3', { id: `${id}-title`, text: t('menu.campaign.item', { n: i + 1, title: entry.title }) }),
    facts && h('p', { class: 'dateline', text: facts }),
    h('p', { class: 'help', id: `${id}-status`, text: status(entry, progress, open, list[i - 1]) }),
    button(t('menu.campaign.play'), () => {
      if (open) ctx.send({ type: 'NEW_GAME', levelId: entry.id, difficulty: ctx.store.get().difficulty });
    }, {
      'aria-label': t('menu.campaign.playLabel', { title: entry.title }), 'aria-describedby': `${id}-status`, 'data-focus': `play-${entry.id}`,
      'aria-disabled': open ? undefined : 'true',
    }),
    // The open crisis can be generated anew: each has a number a class can share (?scenario=open-crisis-<n>).
    entry.id === OPEN_CRISIS && open && button(t('menu.campaign.another'), () => {
      ctx.send({ type: 'NEW_GAME', levelId: `${OPEN_CRISIS}-${2 + Math.floor(Math.random() * 99_998)}`, difficulty: ctx.store.get().difficulty });
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
  const list = h('ol', { class: 'scenario-list', 'aria-busy': 'true' }, h('li', { text: t('menu.campaign.loading') }));
  const teacherId = uid('play-any');
  const redraw = (entries: CatalogEntry[]) => {
    list.removeAttribute('aria-busy');
    fill(ctx, list, entries);
  };
  const now = catalogNow();
  if (now) redraw(now);
  else void loadCatalog().then((entries) => list.isConnected && redraw(entries));
  return h('section', { class: 'campaign', 'aria-labelledby': 'campaign-title' },
    h('h2', { id: 'campaign-title', text: t('menu.campaign.title') }),
    h('p', { class: 'help', text: t('menu.campaign.help') }),
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
      h('label', { for: teacherId, text: t('menu.campaign.playAny') }),
      h('span', { id: `${teacherId}-help`, class: 'help', text: t('menu.campaign.playAnyHelp') }),
    ),
    list,
  );
}
