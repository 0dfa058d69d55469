// The published checks of NEGOTIATION-MODEL.md, reproduced to 1e-6 by the project's own functions.
import { describe, expect, it } from 'vitest';
import { concessionTarget, finiteHorizonShare, nashSolution, paretoFrontier, rubinsteinShare } from '../../src/sim/negotiation/theory';

const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-6);

describe('Faratin / GENIUS time-dependent target', () => {
  it('matches the published targets at t = 0.5', () => {
    close(concessionTarget({ t: 0.5, beta: 0.2, kappa: 0, pMin: 0, pMax: 1 }), 0.96875);
    close(concessionTarget({ t: 0.5, beta: 1, kappa: 0, pMin: 0, pMax: 1 }), 0.5);
    close(concessionTarget({ t: 0.5, beta: 5, kappa: 0, pMin: 0, pMax: 1 }), 0.129449);
    close(concessionTarget({ t: 0.5, beta: 0.2, kappa: 0, pMin: 0.4, pMax: 1 }), 0.98125);
    close(concessionTarget({ t: 0.5, beta: 5, kappa: 0, pMin: 0.4, pMax: 1 }), 0.47767);
  });
  it('starts at Pmax, ends at Pmin and never rises in between', () => {
    for (const beta of [0.2, 0.7, 1, 3, 5]) {
      close(concessionTarget({ t: 0, beta, kappa: 0, pMin: 0.3, pMax: 0.9 }), 0.9);
      close(concessionTarget({ t: 1, beta, kappa: 0, pMin: 0.3, pMax: 0.9 }), 0.3);
      let last = Infinity;
      for (let t = 0; t <= 1.0001; t += 0.05) {
        const p = concessionTarget({ t, beta, kappa: 0, pMin: 0.3, pMax: 0.9 });
        expect(p).toBeLessThanOrEqual(last + 1e-12);
        last = p;
      }
    }
  });
});

describe('Rubinstein alternating offers by backward induction', () => {
  it.each([
    [0.9, 0.9, 0.526316],
    [0.9, 0.8, 0.714286],
    [0.8, 0.9, 0.357143],
    [0.99, 0.99, 0.502513],
    [0.5, 0.5, 0.666667],
  ])('δ1 %f, δ2 %f gives the first proposer %f', (d1, d2, share) => {
    close(rubinsteinShare(d1, d2), share);
  });
  it('is found by the solver, not the closed form: short horizons differ from the limit', () => {
    expect(finiteHorizonShare(0.9, 0.9, 1)).toBe(1);
    expect(finiteHorizonShare(0.9, 0.9, 2)).toBeCloseTo(0.1, 12);
    expect(Math.abs(finiteHorizonShare(0.9, 0.9, 3) - 1 / 1.9)).toBeGreaterThan(0.05);
  });
  it('rejects discount factors outside [0, 1)', () => {
    expect(() => rubinsteinShare(1, 0.5)).toThrow(RangeError);
  });
});

describe("Nash's 1950 barter example", () => {
  // [Bill's utility, Jack's utility, owner]
  const items = [
    ['book', 2, 4, 'B'], ['whip', 2, 2, 'B'], ['ball', 2, 1, 'B'], ['bat', 2, 2, 'B'], ['box', 4, 1, 'B'],
    ['pen', 10, 1, 'J'], ['toy', 4, 1, 'J'], ['knife', 6, 2, 'J'], ['hat', 2, 2, 'J'],
  ] as const;
  const barters = Array.from({ length: 512 }, (_, mask) => {
    let a = 0;
    let b = 0;
    const moved: string[] = [];
    items.forEach(([name, ub, uj, owner], i) => {
      if (!(mask & (1 << i))) return;
      moved.push(name);
      if (owner === 'B') { a -= ub; b += uj; } else { a += ub; b -= uj; }
    });
    return { a, b, moved };
  });

  it('has a unique maximiser: Bill gives book, whip, ball, bat; Jack gives pen, toy, knife', () => {
    const r = nashSolution(barters);
    expect(r.unique).toBe(true);
    expect(barters[r.index]!.moved).toEqual(['book', 'whip', 'ball', 'bat', 'pen', 'toy', 'knife']);
    expect([barters[r.index]!.a, barters[r.index]!.b]).toEqual([12, 5]);
    close(r.product, 60);
    close(r.maxWelfare, 18);
  });
  it('has the published Pareto frontier', () => {
    const pts = new Set(paretoFrontier(barters).map((i) => `${barters[i]!.a},${barters[i]!.b}`));
    expect([...pts].sort()).toEqual(
      ['-12,10', '-2,9', '2,8', '6,7', '8,6', '12,5', '14,4', '16,2', '18,0', '20,-2', '22,-6'].sort(),
    );
  });
});
