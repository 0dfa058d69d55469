// The debrief's fairness analysis: the Nash point of the scenario beats every other package on
// the product of gains, an accord on the frontier is at distance 0, and a poor one is not.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { Proposal } from '../../src/sim/state';
import { accordFairness } from '../../src/sim/negotiation/fairness';
import { tableUtility } from '../../src/sim/negotiation/utility';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
});

describe('accord fairness', () => {
  it('finds the Nash point, which is on the frontier and at distance 0 from itself', () => {
    const worst = Object.fromEntries(level.issues.map((i) => [i.id, i.options[0]!.id])) as Proposal;
    const f = accordFairness(level, worst)!;
    expect(f.nash).not.toBeNull();
    const nash = accordFairness(level, f.nash!.proposal)!;
    expect(nash.distanceToNash).toBe(0);
    expect(nash.distanceToFrontier).toBe(0);
    expect(nash.differsOn).toEqual([]);
    const gain = (p: Proposal) => (tableUtility(level, p, 'th') - level.sides.th.rv0) * (tableUtility(level, p, 'kh') - level.sides.kh.rv0);
    expect(gain(f.nash!.proposal)).toBeGreaterThan(gain(worst));
    expect(f.packages).toBe(level.issues.reduce((n, i) => n * i.options.length, 1));
  });

  it('says a package every side would improve on is off the frontier, and names the issues that differ', () => {
    const worst = Object.fromEntries(level.issues.map((i) => [i.id, i.options[0]!.id])) as Proposal;
    const f = accordFairness(level, worst)!;
    expect(f.distanceToFrontier).toBeGreaterThan(0.05);
    expect(f.differsOn.length).toBeGreaterThan(0);
  });
});
