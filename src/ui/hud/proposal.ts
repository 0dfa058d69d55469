// The proposal builder: one radio group per open issue (a fieldset whose legend is the issue),
// preselected from the last counter-offer, with each side's priorities once the player has asked
// for them; then "Table this package" or "End round without a proposal".

import { PROPOSE_COST } from '../../sim/catalog';
import { SIDES, type IssueDef, type Level } from '../../sim/level';
import type { GameState, Proposal } from '../../sim/state';
import { button, h, uid } from '../dom';
import type { ScreenContext } from '../context';
import { pct, sideName } from '../format';
import { lastReport } from './meters';
import { packageList } from './package-list';
import { proposalLock } from './actions';
import { t } from '../../i18n/i18n';

/** The last counter-offer made, from this round's answers or else the last report's. */
export function lastCounter(game: GameState): Proposal | null {
  const answers = game.answers.length > 0 ? game.answers : (lastReport(game)?.answers ?? []);
  return answers.find((a) => a.counter)?.counter ?? null;
}

/** The terms shown as chosen: the player's draft, else the package tabled last. */
export function startingTerms(ctx: ScreenContext, game: GameState): Proposal {
  if (ctx.ui.draftRound !== game.round) {
    ctx.ui.draftRound = game.round;
    // Start from the mediator's own last package, never silently from one side's counter-offer:
    // the counters are offered as buttons, so choosing one is the player's decision.
    ctx.ui.draft = { ...(game.tabled ?? lastReport(game)?.tabled ?? {}) };
    ctx.ui.missing = [];
  }
  return ctx.ui.draft;
}

/** How much an issue matters to a side: its weight normalised over the open issues. */
export function priority(level: Level, side: 'th' | 'kh', issue: IssueDef): number {
  const w = level.sides[side].weights;
  const total = level.issues.reduce((s, i) => s + (w[i.id] ?? 0), 0);
  return total > 0 ? (w[issue.id] ?? 0) / total : 0;
}

function fieldset(ctx: ScreenContext, level: Level, game: GameState, issue: IssueDef, terms: Proposal): HTMLElement {
  const helpId = uid(`help-${issue.id}`);
  const missing = ctx.ui.missing.includes(issue.id);
  const share = 1 / level.issues.length;
  const word = (p: number) => t(`play.proposal.priority.${p >= share * 1.4 ? 'high' : p <= share * 0.7 ? 'low' : 'medium'}`);
  const priorities = game.prioritiesKnown && h('p', { class: 'priorities', text: t('play.proposal.mattersTo', {
    sides: SIDES.map((s) => t('play.proposal.priorityItem', {
      side: sideName(level, s), weight: word(priority(level, s, issue)), share: pct(priority(level, s, issue)),
    })).join(' · '),
  }) });
  return h('fieldset', { class: `issue${missing ? ' missing' : ''}`, 'aria-describedby': helpId, 'data-issue': issue.id },
    h('legend', { text: issue.label }),
    h('p', { class: 'help', id: helpId, text: missing ? t('play.proposal.helpMissing', { help: issue.help }) : issue.help }),
    priorities,
    h('div', { class: 'options' }, ...issue.options.map((o) => {
      const id = uid(`opt-${issue.id}`);
      return h('div', { class: 'choice' },
        h('input', {
          type: 'radio', name: `issue-${issue.id}`, id, value: o.id, checked: terms[issue.id] === o.id,
          'data-focus': `opt-${issue.id}-${o.id}`,
          onchange: () => { ctx.ui.draft[issue.id] = o.id; ctx.ui.missing = ctx.ui.missing.filter((m) => m !== issue.id); },
        }),
        h('label', { for: id, text: o.label }));
    })),
  );
}

/** The proposal builder form for the acting screen. */
export function renderProposal(ctx: ScreenContext, level: Level, game: GameState): HTMLElement {
  if (game.accord) return renderAccord(ctx, level, game.accord);
  const terms = startingTerms(ctx, game);
  const used = game.usedThisRound.includes('propose');
  const why = proposalLock(level, game) ?? (used ? t('play.proposal.alreadyTabled')
    : game.capital < PROPOSE_COST ? t('play.needsCapital', { cost: PROPOSE_COST, capital: game.capital }) : null);
  const whyId = uid('propose-why');
  const table = () => {
    if (why) return;
    const missing = level.issues.filter((i) => !ctx.ui.draft[i.id]).map((i) => i.id);
    ctx.ui.missing = missing;
    if (missing.length > 0) {
      ctx.refresh(`opt-${missing[0]}-${level.issues.find((i) => i.id === missing[0])?.options[0]?.id}`);
      return;
    }
    ctx.send({ type: 'PROPOSE', proposal: { ...ctx.ui.draft } });
  };
  const missingNote = ctx.ui.missing.length > 0 && h('p', { class: 'why', role: 'status',
    text: t('play.proposal.missing', { issues: level.issues.filter((i) => ctx.ui.missing.includes(i.id)).map((i) => i.label).join(', ') }) });
  return h('form', {
    class: 'proposal panel', 'aria-labelledby': 'proposal-title', novalidate: true,
    onsubmit: (e: Event) => { e.preventDefault(); table(); },
  },
    h('h2', { id: 'proposal-title', text: t('play.proposal.title') }),
    h('p', { class: 'help', text: t('play.proposal.help', { cost: PROPOSE_COST }) }),
    counterButtons(ctx, level, game),
    ...level.issues.map((i) => fieldset(ctx, level, game, i, terms)),
    missingNote,
    why && h('p', { class: 'why', id: whyId, text: why }),
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', class: 'primary', 'data-focus': 'table', 'aria-disabled': why ? 'true' : undefined,
        'aria-describedby': why ? whyId : undefined }, t('play.proposal.table')),
      button(t('play.proposal.endRound'), () => ctx.send({ type: 'END_ROUND' }), { 'data-focus': 'end-round' }),
    ),
  );
}

/** Once an accord is signed there is nothing to table: show its terms, and the way to end the round. */
function renderAccord(ctx: ScreenContext, level: Level, accord: Proposal): HTMLElement {
  return h('section', { class: 'proposal panel', 'aria-labelledby': 'proposal-title' },
    h('h2', { id: 'proposal-title', text: t('play.proposal.accordTitle') }),
    h('p', { class: 'help', text: t('play.proposal.accordHelp') }),
    packageList(level, accord, t('play.proposal.accordTitle')),
    h('div', { class: 'button-row' },
      button(t('play.proposal.endRound'), () => ctx.send({ type: 'END_ROUND' }), { class: 'primary', 'data-focus': 'end-round' })),
  );
}

/** "Start from Thailand's counter-offer" and the like, for the counters of the last answers. */
function counterButtons(ctx: ScreenContext, level: Level, game: GameState): HTMLElement | null {
  const answers = game.answers.length > 0 ? game.answers : (lastReport(game)?.answers ?? []);
  const counters = answers.filter((a) => a.counter);
  if (counters.length === 0) return null;
  return h('div', { class: 'button-row counter-picks' },
    ...counters.map((a) => button(t('play.proposal.startFrom', { side: sideName(level, a.side) }), () => {
      ctx.ui.draft = { ...a.counter! };
      ctx.ui.missing = [];
      ctx.refresh(`counter-${a.side}`);
    }, { 'data-focus': `counter-${a.side}` })));
}
