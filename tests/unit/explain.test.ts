// The answers screen explains each verdict from the model's numbers: these checks pin that the
// sentence names the side, the issue and option labels from the Reason, and uses percentages.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { Reason } from '../../src/sim/state';
import { describeProposal, explainAnswer, explainReason } from '../../src/ui/explain';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel();
});

const reason = (over: Partial<Reason>): Reason => ({
  kind: 'below_target', utility: 0.48, target: 0.62, domestic: 0.41, ratification: 0.55, pressure: 0.3, incidents: 0, ...over,
});

function labels(issueId: string, optionId: string): { issue: string; option: string } {
  const issue = level.issues.find((i) => i.id === issueId)!;
  return { issue: issue.label, option: issue.options.find((o) => o.id === optionId)!.label };
}

describe('explainReason', () => {
  it('names the costliest term by issue and option label, the numbers as percentages, and what would pass', () => {
    const text = explainReason(level, 'th', reason({ issue: 'withdrawal', option: 'km5', wouldPass: 'km10' }));
    const { issue, option } = labels('withdrawal', 'km5');
    expect(text).toMatch(/^Thailand rejects/);
    expect(text.toLowerCase()).toContain(issue.toLowerCase());
    expect(text).toContain(option);
    expect(text).toContain(labels('withdrawal', 'km10').option);
    expect(text).toContain('48%');
    expect(text).toContain('62%');
  });

  it('says when a side cannot sell the package at home, with both thresholds', () => {
    const text = explainReason(level, 'kh', reason({ kind: 'cannot_ratify', issue: 'boundary', option: level.issues.find((i) => i.id === 'boundary')!.options[2]!.id }));
    expect(text).toMatch(/^Cambodia cannot sell this at home/);
    expect(text).toContain('55%');
    expect(text).toContain('41%');
    expect(text.toLowerCase()).toContain('boundary track');
  });

  it('uses the verdict verb of a counter-offer', () => {
    const text = explainAnswer(level, { side: 'kh', verdict: 'counter', reason: reason({}) });
    expect(text).toMatch(/^Cambodia counters/);
  });

  it('mentions incidents and high pressure as what hardened the side', () => {
    const text = explainReason(level, 'th', reason({ incidents: 2, pressure: 0.8 }));
    expect(text).toContain('2 incidents');
    expect(text).toContain('80%');
  });

  it('gives a readable sentence for every kind, with no undefined or NaN', () => {
    for (const kind of ['accepts', 'below_target', 'cannot_ratify', 'walkout', 'incomplete'] as const) {
      const text = explainReason(level, 'th', reason({ kind }));
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/undefined|NaN|null/);
    }
  });
});

describe('describeProposal', () => {
  it('lists a package as issue and option labels in the level order', () => {
    const lines = describeProposal(level, { withdrawal: 'km10', scope: level.issues[0]!.options[1]!.id });
    expect(lines[0]).toEqual({ issue: level.issues[0]!.label, option: level.issues[0]!.options[1]!.label });
    expect(lines[1]).toEqual(labels('withdrawal', 'km10'));
  });
});
