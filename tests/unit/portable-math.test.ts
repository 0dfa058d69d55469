// The sim's arithmetic must give the same bits in every browser: no engine-approximated Math
// function in src/sim, and the portable exp/log/pow that replace them are accurate.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exp, hypot, log, pow } from '../../src/sim/portable-math';

const SIM = join(__dirname, '../../src/sim');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The code of a source file without its comments (so a comment may name what it avoids). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

/** Math functions whose results ECMAScript lets engines approximate, and the exponent operator. */
const FORBIDDEN = /\bMath\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|cbrt|hypot|random)\b|\*\*(?!\/)/;

/** Relative difference in units of 2^-52. */
const ulps = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / (Math.abs(b) * 2 ** -52));

/** A small fixed-seed generator, so the samples are the same on every run. */
function samples(n: number, f: (u: number) => number): number[] {
  let s = 2463534242;
  return Array.from({ length: n }, () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return f((s >>> 0) / 4294967296);
  });
}

describe('src/sim arithmetic is engine-independent', () => {
  it('no source in src/sim calls a transcendental Math function, Math.random or **', () => {
    const offenders = sources(SIM).flatMap((path) =>
      code(readFileSync(path, 'utf8')).split('\n').flatMap((line, i) => (FORBIDDEN.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])));
    expect(offenders).toEqual([]);
  });

  it('the scan catches each forbidden form', () => {
    for (const line of ['Math.exp(x)', 'Math.pow(a, b)', 'y = Math.log(2)', 'Math.hypot(a, b)', 'Math.sin(t)', 'a ** 2', 'Math.random()']) {
      expect(FORBIDDEN.test(code(line))).toBe(true);
    }
    for (const line of ['Math.sqrt(x)', 'Math.max(a, b)', '// Math.exp in a comment', '/** a doc comment */', 'Math.round(x)']) {
      expect(FORBIDDEN.test(code(line))).toBe(false);
    }
  });
});

describe('portable exp, log, pow', () => {
  it('exp is within one unit in the last place of Math.exp over [-745, 709]', () => {
    for (const x of samples(20000, (u) => -745 + u * 1454)) expect(ulps(exp(x), Math.exp(x))).toBeLessThanOrEqual(1);
    for (const x of samples(20000, (u) => (u - 0.5) * 4)) expect(ulps(exp(x), Math.exp(x))).toBeLessThanOrEqual(1);
  });

  it('log is within one unit in the last place of Math.log from subnormals to the largest double', () => {
    for (const e of samples(20000, (u) => -1070 + u * 2093)) {
      const x = 2 ** e;
      expect(ulps(log(x), Math.log(x))).toBeLessThanOrEqual(1);
    }
    for (const x of samples(20000, (u) => u * 4)) expect(ulps(log(x), Math.log(x))).toBeLessThanOrEqual(1);
  });

  it('pow is within 32 units in the last place of Math.pow for the game\'s ranges', () => {
    const bases = samples(5000, (u) => u * 3);
    const exps = samples(5000, (u) => (u - 0.5) * 10);
    bases.forEach((x, i) => expect(ulps(pow(x, exps[i]!), Math.pow(x, exps[i]!))).toBeLessThanOrEqual(32));
  });

  it('gives exact values where they are known', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(ulps(exp(1), Math.E)).toBeLessThanOrEqual(1);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(Number.NaN)).toBeNaN();
    expect(exp(Math.LN2)).toBe(2);
    expect(log(1)).toBe(0);
    expect(log(2)).toBe(Math.LN2);
    expect(log(10)).toBe(Math.LN10);
    expect(log(Math.E)).toBe(1);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(log(2 ** -1074)).toBe(-744.4400719213812);
    expect(pow(2, 10)).toBe(1024);
    expect(pow(2, -3)).toBe(0.125);
    expect(pow(10, 3)).toBe(1000);
    expect(pow(0.25, 0.5)).toBe(0.5);
    expect(pow(0.36, 0.5)).toBe(0.6);
    expect(pow(0, 0.5)).toBe(0);
    expect(pow(7, 0)).toBe(1);
    expect(pow(1, 1e9)).toBe(1);
    expect(pow(0, -1)).toBe(Infinity);
    expect(pow(-8, 1 / 3)).toBeNaN();
    expect(pow(-2, 3)).toBe(-8);
    expect(hypot(3, 4)).toBe(5);
  });

  it('keeps its exact bits (a change to a constant or an operation shows here)', () => {
    expect(exp(0.3)).toBe(1.3498588075760032);
    expect(exp(-2.5)).toBe(0.0820849986238988);
    expect(log(0.7)).toBe(-0.35667494393873245);
    expect(pow(0.5, 1 / 0.7)).toBe(0.3714985722842371);
  });
});
