// The pass-the-device screens of hot-seat play, shown in place of the envoy's table while a package
// waits for the teams: "pass the device to Thailand's team" (nothing private on it), the team's
// own screen (the package, its own side's priorities only, Accept or Reject and a reason), and
// "pass the device back to the envoy". The other side's priorities never appear.

import type { Level, SideId } from '../../sim/level';
import type { GameState } from '../../sim/state';
import { button, h, heading, uid, type Child } from '../dom';
import type { ScreenContext } from '../context';
import { pct, sideName } from '../format';
import { packageList } from '../hud/package-list';
import { priorities } from '../projector/reveal';
import { hotseat, type Pending } from './state';
import { recordAnswer, releasePackage } from './intercept';
import '../projector/projector.css';

const frame = (...children: Child[]) =>
  h('section', { class: 'screen panel hotseat', 'aria-labelledby': 'hotseat-title' }, ...children);

function handover(ctx: ScreenContext, level: Level, p: Pending, side: SideId): HTMLElement {
  const name = sideName(level, side);
  const answered = Object.keys(p.answers).map((s) => sideName(level, s as SideId));
  return frame(
    heading(1, `Pass the device to ${name}’s team`, 'hotseat-title'),
    h('p', { class: 'handover-note', text: answered.length
      ? `${answered.join(' and ')} has answered. Envoy: hand the device to ${name}’s team now.`
      : `The envoy has tabled a package. Envoy: hand the device to ${name}’s team and look away.` }),
    h('p', { text: `Only ${name}’s team should see the next screen. It shows the package and what matters to ${name}.` }),
    h('div', { class: 'button-row' },
      button(`We are ${name}’s team: show the package`, () => { p.stage = { kind: 'answer', side }; ctx.refresh('hotseat-heading'); },
        { class: 'primary', 'data-focus': 'hotseat-go' }),
      answered.length === 0 && button('Back to the envoy’s table', () => { hotseat.pending = null; ctx.refresh('table'); }, { 'data-focus': 'hotseat-cancel' })),
  );
}

function priorityList(items: { label: string; share: number }[], label: string): HTMLElement {
  return h('ol', { class: 'priorities-list', 'aria-label': label }, ...items.map((i) => h('li', { text: `${i.label} (${pct(i.share)})` })));
}

function answerForm(ctx: ScreenContext, level: Level, p: Pending, side: SideId): HTMLElement {
  const name = sideName(level, side);
  const home = level.sides[side].domesticWeights;
  const homeTotal = level.issues.reduce((s, i) => s + (home[i.id] ?? 0), 0) || 1;
  const publicCares = level.issues.map((i) => ({ label: i.label, share: (home[i.id] ?? 0) / homeTotal })).sort((a, b) => b.share - a.share).slice(0, 3);
  const reasonId = uid('team-reason');
  const whyId = uid('team-why');
  let verdict: 'accept' | 'reject' | null = null;
  const why = h('p', { class: 'why', id: whyId, role: 'status' });
  const radio = (v: 'accept' | 'reject', label: string) => {
    const id = uid(`team-${v}`);
    return h('div', { class: 'choice' },
      h('input', { type: 'radio', name: 'team-verdict', id, value: v, 'data-focus': `team-${v}`, onchange: () => { verdict = v; why.textContent = ''; } }),
      h('label', { for: id, text: label }));
  };
  const reason = h('textarea', { id: reasonId, name: 'reason', rows: 3, 'data-focus': 'team-reason' });
  return frame(
    h('p', { class: 'eyebrow', text: `${name}’s team · private screen` }),
    heading(1, `${name}’s team: your answer`, 'hotseat-title'),
    h('p', { text: `You speak for ${name}’s delegation. Read the envoy’s package, then accept or reject it. Your answer replaces the computer’s.` }),
    h('h2', { text: 'The package on the table' }),
    packageList(level, p.proposal, 'The package on the table'),
    h('h2', { text: `What matters most to ${name}` }),
    priorityList(priorities(level, side), `${name}’s priorities at the table`),
    h('p', { class: 'help', text: `What ${name}’s public cares about most: ${publicCares.map((c) => `${c.label} (${pct(c.share)})`).join(', ')}.` }),
    h('form', { 'aria-label': `${name}’s answer`, novalidate: true, onsubmit: (e: Event) => {
      e.preventDefault();
      if (!verdict) { why.textContent = 'Choose Accept or Reject first.'; return; }
      recordAnswer(side, verdict, reason.value);
      ctx.refresh('hotseat-heading');
    } },
      h('fieldset', { class: 'verdict-choice', 'aria-describedby': whyId },
        h('legend', { text: 'Your answer' }), radio('accept', 'Accept'), radio('reject', 'Reject')),
      why,
      h('label', { for: reasonId, text: 'Your reason, in a sentence (read out to the room and kept in the log)' }),
      reason,
      h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'primary', 'data-focus': 'team-submit' }, 'Give our answer'))),
  );
}

function giveBack(ctx: ScreenContext): HTMLElement {
  return frame(
    heading(1, 'Pass the device back to the envoy', 'hotseat-title'),
    h('p', { class: 'handover-note', text: 'Every team has answered. The envoy’s screen shows all the answers together.' }),
    h('div', { class: 'button-row' }, button('Show the answers', () => releasePackage(ctx), { class: 'primary', 'data-focus': 'hotseat-release' })),
  );
}

/** The hot-seat screen while a package waits for the teams, or null to show the envoy's table. */
export function hotseatScreen(ctx: ScreenContext, level: Level, game: GameState): HTMLElement | null {
  const p = hotseat.pending;
  if (!p || p.round !== game.round || p.logLength !== game.log.length) return null;
  const s = p.stage;
  if (s.kind === 'handover') return handover(ctx, level, p, s.side);
  if (s.kind === 'answer') return answerForm(ctx, level, p, s.side);
  return giveBack(ctx);
}
