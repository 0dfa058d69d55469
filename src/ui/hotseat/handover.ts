// The pass-the-device screens of hot-seat play, shown in place of the envoy's table while a package
// waits for the teams: "pass the device to Thailand's team" (nothing private on it), the team's
// own screen (the package, its own side's priorities only, Accept, Reject or Counter-propose with
// a term picker, and a reason), and "pass the device back to the envoy". The other side's
// priorities never appear.

import type { IssueDef, Level, SideId } from '../../sim/level';
import type { GameState, Proposal } from '../../sim/state';
import { button, h, heading, uid, type Child } from '../dom';
import type { ScreenContext } from '../context';
import { sideName } from '../format';
import { list, percent } from '../say';
import { t } from '../../i18n/i18n';
import { packageList } from '../hud/package-list';
import { priorities } from '../projector/reveal';
import { hotseat, type Pending, type Stage, type TeamVerdict } from './state';
import { again, recordAnswer, releasePackage } from './intercept';
import '../projector/projector.css';
import './hotseat.css';

const frame = (...children: Child[]) =>
  h('section', { class: 'screen panel hotseat', 'aria-labelledby': 'hotseat-title' }, ...children);

function handover(ctx: ScreenContext, level: Level, p: Pending, side: SideId): HTMLElement {
  const name = sideName(level, side);
  const answered = Object.keys(p.answers).map((s) => sideName(level, s as SideId));
  return frame(
    heading(1, t('classroom.hotseat.handover.title', { side: name }), 'hotseat-title'),
    h('p', { class: 'handover-note', text: answered.length
      ? t('classroom.hotseat.handover.answered', { sides: list(answered), side: name })
      : t('classroom.hotseat.handover.tabled', { side: name }) }),
    h('p', { text: t('classroom.hotseat.handover.private', { side: name }) }),
    h('div', { class: 'button-row' },
      button(t('classroom.hotseat.handover.go', { side: name }), () => { p.stage = { kind: 'answer', side }; again(ctx, '#hotseat-title'); },
        { class: 'primary', 'data-focus': 'hotseat-go' }),
      answered.length === 0 && button(t('classroom.hotseat.handover.back'), () => { hotseat.pending = null; again(ctx, '.proposal button[type=submit]'); }, { 'data-focus': 'hotseat-cancel' })),
  );
}

/** "Border security (34%)": a label with its share of the weight. */
function shareText(i: { label: string; share: number }): string {
  return t('classroom.share', { label: i.label, share: percent(i.share) });
}

function priorityList(items: { label: string; share: number }[], label: string): HTMLElement {
  return h('ol', { class: 'priorities-list', 'aria-label': label }, ...items.map((i) => h('li', { text: shareText(i) })));
}

type AnswerStage = Extract<Stage, { kind: 'answer' }>;

/**
 * One open issue of the team's counter-offer: a radio group whose legend is the issue, starting
 * from the envoy's term (marked as such, so the team sees what it has changed).
 */
function counterIssue(issue: IssueDef, tabled: Proposal, counter: Proposal, onPick: () => void): HTMLElement {
  return h('fieldset', { class: 'issue counter-issue', 'data-issue': issue.id },
    h('legend', { text: issue.label }),
    h('div', { class: 'options' }, ...issue.options.map((o) => {
      const id = uid(`team-counter-${issue.id}`);
      const envoys = tabled[issue.id] === o.id;
      return h('div', { class: 'choice' },
        h('input', {
          type: 'radio', name: `team-counter-${issue.id}`, id, value: o.id, checked: counter[issue.id] === o.id,
          'data-focus': `team-counter-${issue.id}-${o.id}`,
          onchange: () => { counter[issue.id] = o.id; onPick(); },
        }),
        h('label', { for: id, text: envoys ? t('classroom.hotseat.answer.envoyTerm', { option: o.label }) : o.label }));
    })));
}

/** Whether a counter-offer changes at least one term of the tabled package. */
function changesSomething(level: Level, tabled: Proposal, counter: Proposal): boolean {
  return level.issues.some((i) => counter[i.id] !== tabled[i.id]);
}

function answerForm(ctx: ScreenContext, level: Level, p: Pending, stage: AnswerStage): HTMLElement {
  const side = stage.side;
  const name = sideName(level, side);
  const home = level.sides[side].domesticWeights;
  const homeTotal = level.issues.reduce((s, i) => s + (home[i.id] ?? 0), 0) || 1;
  const publicCares = level.issues.map((i) => ({ label: i.label, share: (home[i.id] ?? 0) / homeTotal })).sort((a, b) => b.share - a.share).slice(0, 3);
  const reasonId = uid('team-reason');
  const whyId = uid('team-why');
  const pickerId = uid('team-counter');
  const pickerTitleId = uid('team-counter-title');
  const pickerHelpId = uid('team-counter-help');
  const counter: Proposal = stage.counter ?? { ...p.proposal };
  stage.counter = counter;
  const why = h('p', { class: 'why', id: whyId, role: 'status' });
  const pickerWhy = h('p', { class: 'why', role: 'status' });
  const submitText = (v: TeamVerdict | undefined) => t(v === 'counter' ? 'classroom.hotseat.answer.sendCounter' : 'classroom.hotseat.answer.submit');
  const submit = h('button', { type: 'submit', class: 'primary', 'data-focus': 'team-submit' }, submitText(stage.verdict));
  const picker = h('section', { class: 'counter-picker', id: pickerId, 'aria-labelledby': pickerTitleId, hidden: stage.verdict !== 'counter' },
    h('h2', { id: pickerTitleId, text: t('classroom.hotseat.answer.counterTitle') }),
    h('p', { class: 'help', id: pickerHelpId, text: t('classroom.hotseat.answer.counterHelp', { side: name }) }),
    pickerWhy,
    h('div', { class: 'counter-terms' }, ...level.issues.map((i) => counterIssue(i, p.proposal, counter, () => { pickerWhy.textContent = ''; }))));
  const radio = (v: TeamVerdict, label: string) => {
    const id = uid(`team-${v}`);
    return h('div', { class: 'choice' },
      h('input', {
        type: 'radio', name: 'team-verdict', id, value: v, checked: stage.verdict === v, 'data-focus': `team-${v}`,
        'aria-controls': v === 'counter' ? pickerId : undefined, 'aria-describedby': v === 'counter' ? pickerHelpId : undefined,
        onchange: () => {
          stage.verdict = v;
          why.textContent = '';
          pickerWhy.textContent = '';
          picker.hidden = v !== 'counter';
          submit.textContent = submitText(v);
        },
      }),
      h('label', { for: id, text: label }));
  };
  const reason = h('textarea', { id: reasonId, name: 'reason', rows: 3, 'data-focus': 'team-reason' });
  return frame(
    h('p', { class: 'eyebrow', text: t('classroom.hotseat.answer.eyebrow', { side: name }) }),
    heading(1, t('classroom.hotseat.answer.title', { side: name }), 'hotseat-title'),
    h('p', { text: t('classroom.hotseat.answer.intro', { side: name }) }),
    h('h2', { text: t('classroom.hotseat.answer.package') }),
    packageList(level, p.proposal, t('classroom.hotseat.answer.package')),
    h('h2', { text: t('classroom.hotseat.answer.matters', { side: name }) }),
    priorityList(priorities(level, side), t('classroom.hotseat.answer.priorities', { side: name })),
    h('p', { class: 'help', text: t('classroom.hotseat.answer.publicCares', { side: name, items: publicCares.map(shareText).join(t('classroom.separator')) }) }),
    h('form', { 'aria-label': t('classroom.hotseat.answer.form', { side: name }), novalidate: true, onsubmit: (e: Event) => {
      e.preventDefault();
      const verdict = stage.verdict;
      if (!verdict) {
        why.textContent = t('classroom.hotseat.answer.chooseFirst');
        return;
      }
      if (verdict === 'counter') {
        if (!changesSomething(level, p.proposal, counter)) {
          pickerWhy.textContent = t('classroom.hotseat.answer.sameAsTabled');
          // To the first term, just below the message, where the team can start changing things.
          picker.querySelector<HTMLInputElement>('input[type=radio]:checked')?.focus();
          return;
        }
        recordAnswer(side, { verdict: 'counter', counter: { ...counter } }, reason.value);
      } else {
        recordAnswer(side, verdict, reason.value);
      }
      again(ctx, '#hotseat-title');
    } },
      h('fieldset', { class: 'verdict-choice', 'aria-describedby': whyId },
        h('legend', { text: t('classroom.hotseat.answer.legend') }),
        radio('accept', t('classroom.hotseat.answer.accept')), radio('reject', t('classroom.hotseat.answer.reject')),
        radio('counter', t('classroom.hotseat.answer.counter'))),
      why,
      picker,
      h('label', { for: reasonId, text: t('classroom.hotseat.answer.reason') }),
      reason,
      h('div', { class: 'button-row' }, submit)),
  );
}

function giveBack(ctx: ScreenContext): HTMLElement {
  return frame(
    heading(1, t('classroom.hotseat.giveBack.title'), 'hotseat-title'),
    h('p', { class: 'handover-note', text: t('classroom.hotseat.giveBack.note') }),
    h('div', { class: 'button-row' }, button(t('classroom.hotseat.giveBack.show'), () => releasePackage(ctx), { class: 'primary', 'data-focus': 'hotseat-release' })),
  );
}

/** The hot-seat screen while a package waits for the teams, or null to show the envoy's table. */
export function hotseatScreen(ctx: ScreenContext, level: Level, game: GameState): HTMLElement | null {
  const p = hotseat.pending;
  if (!p || p.round !== game.round || p.logLength !== game.log.length) return null;
  const s = p.stage;
  if (s.kind === 'handover') return handover(ctx, level, p, s.side);
  if (s.kind === 'answer') return answerForm(ctx, level, p, s);
  return giveBack(ctx);
}
