// Level files are hand-written data: the shipped level must pass, every kind of mistake must come
// back as a located one-line message, and no input at all may make validation throw.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { LEVEL_IDS, loadLevel } from '../../src/content/levels';
import { loadLevelFromText } from '../../src/content/level-file';
import { formatPath } from '../../src/content/messages';
import { validateLevel } from '../../src/content/validate';
import type { Fact } from '../../src/sim/level';

const FILE = 'levels/x.json';
const LINE = /^levels\/[^:]+: [^:]+: .+/;
const TEXT = readFileSync(new URL('../../levels/december-2025.json', import.meta.url), 'utf8');
const RAW = JSON.parse(TEXT) as Record<string, unknown>;

type Json = Record<string, unknown> | unknown[];

function clone(): Record<string, unknown> {
  return structuredClone(RAW);
}

/** Reads the value at `path` in a clone of the shipped level, to mutate it in place. */
function at(root: unknown, path: readonly (string | number)[]): Json {
  let cur: unknown = root;
  for (const key of path) cur = (cur as Record<string | number, unknown>)[key];
  return cur as Json;
}

/** Validates a mutated clone and returns its error lines (failing the test if it passed). */
function errorsOf(mutate: (level: Record<string, unknown>) => void): string[] {
  const level = clone();
  mutate(level);
  const result = validateLevel(FILE, level);
  if (result.ok) throw new Error('expected the mutated level to fail validation');
  return result.errors;
}

function expectLine(errors: readonly string[], path: string, ...words: string[]): void {
  const hit = errors.find((e) => e.startsWith(`${FILE}: ${path}: `) && words.every((w) => e.includes(w)));
  expect(hit, `no line for ${path} with ${words.join(', ')} in:\n${errors.join('\n')}`).toBeDefined();
}

function expectWellFormed(errors: readonly string[]): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(e).toMatch(LINE);
    expect(e).not.toContain('\n');
  }
}

describe('the shipped level', () => {
  it('loads and validates through the registry', async () => {
    expect(LEVEL_IDS).toContain('december-2025');
    for (const id of LEVEL_IDS) {
      const result = await loadLevel(id);
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });

  it('parses without compiling code, so a strict CSP can forbid eval', async () => {
    vi.resetModules();
    const Real = globalThis.Function;
    let compiled = 0;
    const spy = new Proxy(Real, {
      construct: (target, args) => (compiled++, Reflect.construct(target, args) as object),
      apply: (target, self, args) => (compiled++, Reflect.apply(target, self, args) as unknown),
    });
    globalThis.Function = spy;
    try {
      const fresh = await import('../../src/content/validate');
      expect(fresh.validateLevel(FILE, clone()).ok).toBe(true);
    } finally {
      globalThis.Function = Real;
    }
    expect(compiled).toBe(0);
  });

  it('validates from its text', () => {
    const result = loadLevelFromText('levels/december-2025.json', TEXT);
    expect(result.ok ? result.level.id : result.errors).toBe('december-2025');
  });

  it('backs every dated fact with a source it lists', () => {
    const level = RAW as { briefing: Fact[]; debrief: Fact[]; sources: { id: string }[] };
    const ids = new Set(level.sources.map((s) => s.id));
    for (const fact of [...level.briefing, ...level.debrief]) {
      if (fact.date !== undefined) expect(fact.source && ids.has(fact.source), fact.text).toBe(true);
      if (fact.source !== undefined) expect(ids.has(fact.source), fact.text).toBe(true);
    }
  });

  it('keeps the briefing short and the debrief within the scenario window', () => {
    const level = RAW as { briefing: Fact[]; debrief: Fact[] };
    const words = level.briefing.map((f) => f.text).join(' ').split(/\s+/).length;
    expect(words).toBeLessThanOrEqual(120);
    expect(level.briefing.length).toBeGreaterThanOrEqual(4);
    expect(level.briefing.length).toBeLessThanOrEqual(7);
    expect(level.debrief.length).toBeGreaterThanOrEqual(5);
    expect(level.debrief.length).toBeLessThanOrEqual(8);
    for (const f of level.debrief) {
      if (f.date !== undefined) expect(f.date >= '2025-12-21' && f.date <= '2025-12-31', f.text).toBe(true);
    }
  });
});

describe('malformed levels', () => {
  it('reports a missing field at its parent', () => {
    const errors = errorsOf((l) => delete l['rounds']);
    expectLine(errors, '(root)', 'missing field "rounds"');
  });

  it('reports a wrong type with what was expected and found', () => {
    const errors = errorsOf((l) => (at(l, ['sides', 'th', 'start']) as Record<string, unknown>)['pain'] = '0.5');
    expectLine(errors, 'sides.th.start.pain', 'expected a number', 'got string');
  });

  it('reports an issue id that does not exist', () => {
    const errors = errorsOf((l) => (at(l, ['sides', 'kh', 'weights']) as Record<string, unknown>)['tarde'] = 0.1);
    expectLine(errors, 'sides.kh.weights', 'unknown issue id "tarde"', 'expected one of');
  });

  it('reports a weight on an issue the level does not open', () => {
    const errors = errorsOf((l) => {
      const issues = l['issues'] as { id: string }[];
      l['issues'] = issues.filter((i) => i.id !== 'trade');
    });
    expectLine(errors, 'sides.th.weights.trade', 'expected an issue open in this level');
    expectLine(errors, 'sides.kh.domesticWeights.trade', 'expected an issue open in this level');
  });

  it('reports an incident at a site that is not defined', () => {
    const errors = errorsOf((l) => ((at(l, ['incidents', 0]) as Record<string, unknown>)['site'] = 'atlantis'));
    expectLine(errors, 'incidents[0].site', 'expected a site id', 'atlantis');
  });

  it('reports a dated fact without a source, and a source that is not listed', () => {
    const errors = errorsOf((l) => {
      delete (at(l, ['briefing', 3]) as Record<string, unknown>)['source'];
      (at(l, ['debrief', 1]) as Record<string, unknown>)['source'] = 'nowhere';
    });
    expectLine(errors, 'briefing[3].source', 'expected a source id for a dated fact');
    expectLine(errors, 'debrief[1].source', 'expected a source id', '"nowhere"');
  });

  it('reports an option value out of range', () => {
    const errors = errorsOf((l) => ((at(l, ['issues', 1, 'options', 0, 'value']) as Record<string, unknown>)['th'] = 1.5));
    expectLine(errors, 'issues[1].options[0].value.th', 'expected a number at most 1', 'got 1.5');
  });

  it('reports an issue with a single option', () => {
    const errors = errorsOf((l) => {
      const issue = at(l, ['issues', 2]) as { options: unknown[] };
      issue.options = issue.options.slice(0, 1);
    });
    expectLine(errors, 'issues[2].options', 'expected at least 2 options');
  });

  it('reports an unknown key and suggests the near one', () => {
    const errors = errorsOf((l) => (l['roundLable'] = 'day'));
    expectLine(errors, '(root)', 'unknown field "roundLable"', 'did you mean "roundLabel"');
  });

  it('reports an invalid enum value with the allowed values', () => {
    const errors = errorsOf((l) => ((at(l, ['incidents', 2]) as Record<string, unknown>)['kind'] = 'flood'));
    expectLine(errors, 'incidents[2].kind', 'expected one of', '"landmine"', 'got "flood"');
  });

  it('reports a bad date, a fractional round count and a missing difficulty', () => {
    const errors = errorsOf((l) => {
      l['date'] = '2025-02-30';
      l['rounds'] = 7.5;
      delete (l['difficulty'] as Record<string, unknown>)['violent'];
    });
    expectLine(errors, 'date', 'expected a date as YYYY-MM-DD');
    expectLine(errors, 'rounds', 'expected a whole number', '7.5');
    expectLine(errors, 'difficulty', 'missing field "violent"');
  });

  it('reports repeated ids', () => {
    const errors = errorsOf((l) => {
      const sites = l['sites'] as { id: string }[];
      (sites[1] as { id: string }).id = (sites[0] as { id: string }).id;
    });
    expectLine(errors, 'sites[1].id', 'expected a unique site id', 'sites[0]');
  });

  it('reports invalid JSON text', () => {
    const result = loadLevelFromText(FILE, '{ "id": "x", ');
    expect(result.ok).toBe(false);
    if (!result.ok) expectLine(result.errors, '(root)', 'not valid JSON');
  });

  it.each([null, 'a level', 42, [], [1, 2]])('reports a root that is not an object: %j', (data) => {
    const result = validateLevel(FILE, data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expectWellFormed(result.errors);
      expectLine(result.errors, '(root)', 'expected an object');
    }
  });

  it('reports an unknown level id', async () => {
    const result = await loadLevel('no-such-level');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^levels\/no-such-level\.json: \(root\): unknown level id/);
  });
});

/** Every path in the shipped level, containers and leaves alike. */
function allPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (path.length > 0) out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  }
  return out;
}

const PATHS = allPaths(RAW);
const LEAVES = PATHS.filter((p) => {
  const v = at(RAW, p.slice(0, -1)) as Record<string | number, unknown>;
  return typeof v[p[p.length - 1] as string | number] !== 'object';
});

function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

describe('validation of arbitrary data', () => {
  it('never throws and always answers in located lines', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const result = validateLevel(FILE, data);
        expect(result.ok).toBe(false);
        if (!result.ok) expectWellFormed(result.errors);
      }),
      { numRuns: 300 },
    );
  });

  it('survives deleting any key or replacing any value of the shipped level', () => {
    fc.assert(
      fc.property(fc.nat(PATHS.length - 1), fc.boolean(), fc.anything(), (i, remove, replacement) => {
        const path = PATHS[i] as (string | number)[];
        const level = clone();
        const parent = at(level, path.slice(0, -1)) as Record<string | number, unknown>;
        const key = path[path.length - 1] as string | number;
        if (remove) {
          if (Array.isArray(parent)) parent.splice(key as number, 1);
          else delete parent[key];
        } else parent[key] = replacement;
        const result = validateLevel(FILE, level);
        if (!result.ok) expectWellFormed(result.errors);
      }),
      { numRuns: 400 },
    );
  });

  it('locates a leaf replaced by a value of another type', () => {
    const other = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer()), fc.object());
    fc.assert(
      fc.property(fc.nat(LEAVES.length - 1), other, (i, replacement) => {
        const path = LEAVES[i] as (string | number)[];
        const level = clone();
        const parent = at(level, path.slice(0, -1)) as Record<string | number, unknown>;
        const key = path[path.length - 1] as string | number;
        fc.pre(kindOf(parent[key]) !== kindOf(replacement));
        parent[key] = replacement;
        const result = validateLevel(FILE, level);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expectWellFormed(result.errors);
          expect(result.errors.some((e) => e.startsWith(`${FILE}: ${formatPath(path)}: expected`))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
