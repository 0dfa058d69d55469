// The open crisis is generated from a template and a seed: the same seed must replay the same
// crisis, other seeds must give other crises, and every one must be a valid, playable level.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import { generateLevel, GENERATION } from '../../src/sim/generate';
import { validateLevel } from '../../src/content/validate';
import { createGame } from '../../src/sim/game';
import { passive, playOut, sensible } from '../../src/sim/strategies';
import { shippedLevel } from '../helpers/level';
import { crisisWords } from '../../src/content/level-i18n';

let templates: Level[] = [];
beforeAll(async () => {
  templates = await Promise.all(['december-2025', 'july-2025', 'october-2025'].map((id) => shippedLevel(id)));
});

const seedArb = fc.integer({ min: -2_000_000_000, max: 2_000_000_000 });

describe('generateLevel', () => {
  it('gives the same crisis for the same seed, and a different one for another seed', () => {
    const december = templates[0]!;
    expect(generateLevel(december, 42)).toEqual(generateLevel(december, 42));
    expect(generateLevel(december, 42)).not.toEqual(generateLevel(december, 43));
    fc.assert(
      fc.property(seedArb, seedArb, (a, b) => {
        fc.pre(a !== b);
        expect(JSON.stringify(generateLevel(december, a))).not.toBe(JSON.stringify(generateLevel(december, b)));
      }),
      { numRuns: 100 },
    );
  });

  it('passes the level validator for any seed, with at least four open issues', () => {
    fc.assert(
      fc.property(seedArb, fc.integer({ min: 0, max: 2 }), (seed, t) => {
        const template = templates[t]!;
        const level = generateLevel(template, seed);
        const result = validateLevel('levels/open-crisis.json', JSON.parse(JSON.stringify(level)));
        expect(result.ok ? [] : result.errors).toEqual([]);
        expect(level.id).toBe('open-crisis');
        expect(level.issues.length).toBeGreaterThanOrEqual(Math.min(GENERATION.minIssues, template.issues.length));
        for (const side of ['th', 'kh'] as const) {
          const sum = Object.values(level.sides[side].weights).reduce((a, b) => a + (b ?? 0), 0);
          expect(sum).toBeCloseTo(1, 2);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('makes no dated claim: no sources, and a debrief that says the crisis is invented', () => {
    const level = generateLevel(templates[0]!, 7, crisisWords(templates[0]!, 'en'));
    expect(level.sources).toEqual([]);
    expect([...level.briefing, ...level.debrief].every((f) => f.date === undefined && f.source === undefined)).toBe(true);
    expect(level.debrief.map((f) => f.text).join(' ')).toMatch(/invented/);
  });

  it('stays winnable by sensible play and losable by doing nothing', () => {
    let wins = 0;
    let passiveLosses = 0;
    const crises = 40;
    for (let seed = 1; seed <= crises; seed++) {
      const level = generateLevel(templates[0]!, seed);
      if (playOut(level, createGame(level, { seed, difficulty: 'tense' }), sensible).outcome?.kind === 'win') wins++;
      if (playOut(level, createGame(level, { seed, difficulty: 'tense' }), passive).outcome?.kind === 'loss') passiveLosses++;
    }
    expect(wins / crises).toBeGreaterThan(0.4);
    expect(passiveLosses / crises).toBeGreaterThan(0.9);
  });
});
