// @vitest-environment happy-dom
// The envoy's party panel above the solo screens at a three-party table: while a tabled package
// waits for the teams it says so and shows the package's terms (the solo screens cannot, as the
// package is not in the game until answered); once answered, each team's answer and reason show as text.
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from 'lit-html';
import type { Level } from '../../src/sim/level';
import { fairPackage } from '../../src/sim/strategies';
import { envoyPartyPanel } from '../../src/class/seat-envoy';
import type { PartyView } from '../../src/class/seat-state';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel('july-2025');
});

const party = (over: Partial<PartyView>): PartyView => ({
  id: 't1', modes: { envoy: 'human', th: 'human', kh: 'human' }, open: [], pending: null, waiting: [], deadline: 0, timer: 0, notes: [], ...over,
});

function draw(p: PartyView): HTMLElement {
  const root = document.createElement('div');
  render(envoyPartyPanel(level, p), root);
  return root;
}

describe('the envoy’s party panel', () => {
  it('shows the waiting package’s terms and who has yet to answer', () => {
    const pkg = fairPackage(level);
    const root = draw(party({ pending: pkg, waiting: ['kh'] }));
    expect(root.querySelector('[role=status]')?.textContent).toContain('Waiting for the answer of: Cambodia.');
    const terms = [...root.querySelectorAll('ul[aria-label="The package the envoy tabled"] li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(terms).toEqual(level.issues.map((i) => `${i.label}: ${i.options.find((o) => o.id === pkg[i.id])!.label}`));
  });

  it('shows no waiting line or terms once the teams have answered, and their reasons as text', () => {
    const root = draw(party({ notes: [{ round: 1, side: 'th', verdict: 'reject', reason: '<b>Not</b> this week.' }] }));
    expect(root.querySelector('[role=status]')).toBeNull();
    expect(root.querySelector('ul[aria-label="The package the envoy tabled"]')).toBeNull();
    expect(root.querySelector('blockquote')?.textContent).toBe('<b>Not</b> this week.');
  });
});

describe('a counter-offer in the envoy’s panel', () => {
  it('lists only the terms the team changed', () => {
    const tabled = fairPackage(level);
    const issue = level.issues[1]!;
    const other = issue.options.find((o) => o.id !== tabled[issue.id])!;
    const root = draw(party({ notes: [{ round: 1, side: 'th', verdict: 'counter', counter: { ...tabled, [issue.id]: other.id }, tabled, reason: '' }] }));
    const items = [...root.querySelectorAll('ul[aria-label="Counter-offer of Thailand"] li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([`${issue.label}: ${other.label} (changed)`]);
  });
});

describe('answers over several rounds', () => {
  it('shows the newest package’s answers and folds the earlier ones away', () => {
    const root = draw(party({ notes: [
      { round: 1, side: 'th', verdict: 'reject', reason: 'First round.' },
      { round: 2, side: 'kh', verdict: 'accept', reason: 'Second round.' },
    ] }));
    const open = [...root.querySelectorAll(':scope > section > ul.notes blockquote')].map((b) => b.textContent);
    expect(open).toEqual(['Second round.']);
    const details = root.querySelector<HTMLDetailsElement>('details.earlier')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Earlier answers (1)');
    expect(details.querySelector('blockquote')?.textContent).toBe('First round.');
  });
});
