// A teacher's own scenario file, as a careful tester would break it: numbers too large for the sim,
// numbers that parse to Infinity, the same key written twice, thousands of unknown keys, and a
// file that reuses the id of a scenario the game ships.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevelFromText, openTeacherLevel } from '../../src/content/level-file';
import { issueLines } from '../../src/content/messages';
import { validateLevel } from '../../src/content/validate';
import { createGame } from '../../src/sim/game';
import { passive, playOut } from '../../src/sim/strategies';
import type { Level } from '../../src/sim/level';

const FILE = 'my-crisis.json';
const TEXT = readFileSync(new URL('../../levels/december-2025.json', import.meta.url), 'utf8');
const RAW = JSON.parse(TEXT) as Level & Record<string, unknown>;

/** The December level as a teacher's scenario of their own (an id the game does not ship). */
function ownLevel(): Level & Record<string, unknown> {
  return { ...structuredClone(RAW), id: 'my-crisis' };
}

function errorsOf(result: ReturnType<typeof validateLevel>): string[] {
  return result.ok ? [] : result.errors;
}

describe('numbers in a teacher file', () => {
  it('refuses a death rate so large that lives lost would become Infinity', () => {
    const level = ownLevel();
    level.world.deathsAtFullIntensity = 1e308;
    const errors = errorsOf(validateLevel(FILE, level));
    expect(errors.some((e) => e.startsWith(`${FILE}: world.deathsAtFullIntensity: expected a number at most`))).toBe(true);
  });

  it('puts an upper bound on every count of people', () => {
    const level = ownLevel();
    level.world.livesLost = 1e15;
    level.world.displaced = 1e15;
    level.world.displacedAtFullIntensity = 1e15;
    level.incidents[0]!.deaths = 1e15;
    level.incidents[0]!.displaced = 1e15;
    const errors = errorsOf(validateLevel(FILE, level));
    for (const path of ['world.livesLost', 'world.displaced', 'world.displacedAtFullIntensity', 'incidents[0].deaths', 'incidents[0].displaced']) {
      expect(errors.some((e) => e.startsWith(`${FILE}: ${path}: expected a number at most`)), path).toBe(true);
    }
  });

  it('keeps every figure of a game finite at the largest values allowed', () => {
    const level = ownLevel();
    level.world.deathsAtFullIntensity = 10_000;
    level.world.livesLost = 100_000_000;
    const checked = validateLevel(FILE, level);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    // Nobody mediates: the fighting runs every round at the largest rate a file may set.
    const end = playOut(checked.level, createGame(checked.level, { seed: 1, difficulty: 'violent' }), passive);
    expect(end.livesLost).toBeGreaterThan(100_000_000);
    expect(Number.isFinite(end.livesLost)).toBe(true);
    expect(Number.isFinite(end.displaced)).toBe(true);
  });

  it('says "not a finite number" for a number that parses to Infinity', () => {
    const text = TEXT.replace(/"id": "december-2025"/, '"id": "my-crisis"').replace(/"deathsAtFullIntensity": \d+/, '"deathsAtFullIntensity": 1e999');
    const errors = errorsOf(loadLevelFromText(FILE, text));
    expect(errors).toContain(`${FILE}: world.deathsAtFullIntensity: expected a number, got Infinity (not a finite number: too large to use)`);
  });
});

describe('duplicate keys', () => {
  it('reports a key written twice in one object, with its path and line', () => {
    const text = TEXT.replace(/"rounds": (\d+),/, '"rounds": $1,\n  "rounds": 4,').replace(/"pain": ([\d.]+),/, '"pain": $1, "pain": 0.9,');
    const errors = errorsOf(loadLevelFromText(FILE, text));
    expect(errors.some((e) => /^my-crisis\.json: rounds: duplicate field "rounds" \(line \d+; also on line \d+\)/.test(e)), errors.join('\n')).toBe(true);
    expect(errors.some((e) => /^my-crisis\.json: sides\.th\.start\.pain: duplicate field "pain"/.test(e)), errors.join('\n')).toBe(true);
  });

  it('accepts the same key in different objects', () => {
    const result = loadLevelFromText('levels/december-2025.json', TEXT);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('unknown keys', () => {
  it('looks for a "did you mean" only for the first 40 unknown keys', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `titl${String.fromCharCode(97 + (i % 26))}${i}`.slice(0, 6));
    const lines = issueLines({ code: 'unrecognized_keys', keys, path: [], message: '', input: {} } as never, {});
    expect(lines).toHaveLength(100);
    expect(lines.slice(0, 40).every((l) => l.includes('did you mean'))).toBe(true);
    expect(lines.slice(40).some((l) => l.includes('did you mean'))).toBe(false);
    expect(lines[99]).toMatch(/^\(root\): unknown field "/);
  });
});

describe('a teacher file that reuses a shipped id', () => {
  it('is refused with a message naming the id', () => {
    const result = openTeacherLevel(FILE, TEXT);
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toEqual([
      `${FILE}: id: "december-2025" is the id of a scenario that comes with the game; give your scenario an id of its own`,
    ]);
  });

  it('is refused for a generated open crisis id too', () => {
    const result = openTeacherLevel(FILE, TEXT.replace(/"id": "december-2025"/, '"id": "open-crisis-7"'));
    expect(errorsOf(result)[0]).toMatch(/"open-crisis-7" is the id of a scenario that comes with the game/);
  });

  it('opens when its id is its own', () => {
    const result = openTeacherLevel(FILE, TEXT.replace(/"id": "december-2025"/, '"id": "my-crisis"'));
    expect(result.ok ? result.level.id : result.errors).toBe('my-crisis');
  });
});
