// The art direction's colours hold up: every text/background pair meets WCAG AA (4.5:1), the map's
// marker colours stay distinct under simulated protanopia, deuteranopia and tritanopia (Viénot,
// Brettel & Mollon 1999 in linear RGB; CIE76 ΔE in Lab), and styles.css uses the same tokens.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISTINCT_MARKERS, PALETTE, TEXT_PAIRS, TOKENS } from '../../src/view/palette';

type RGB = [number, number, number];
const hex = (s: string): RGB => [1, 3, 5].map((i) => parseInt(s.slice(i, i + 2), 16) / 255) as RGB;
const num = (n: number): RGB => [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255) as RGB;
const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (c: RGB) => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
const contrast = (a: RGB, b: RGB) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

/** Dichromat simulation matrices in linear RGB (Viénot et al. 1999; tritan per Machado et al. 2009, severity 1). */
const SIM: Record<string, number[]> = {
  protanopia: [0.11238, 0.88762, 0, 0.11238, 0.88762, 0, 0.00401, -0.00401, 1],
  deuteranopia: [0.29275, 0.70725, 0, 0.29275, 0.70725, 0, -0.02234, 0.02234, 1],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};
function simulate(c: RGB, m: number[]): RGB {
  const l = c.map(lin);
  return [0, 1, 2].map((r) => Math.min(1, Math.max(0, m[r * 3]! * l[0]! + m[r * 3 + 1]! * l[1]! + m[r * 3 + 2]! * l[2]!))) as RGB;
}
function lab(l: RGB): RGB {
  const x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
  const y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  const z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: RGB, b: RGB) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
/** Minimum ΔE between marker colours under each simulation: clearly different at a glance. */
const MIN_DELTA_E = 15;

describe('palette', () => {
  it.each(TEXT_PAIRS)('%s text on %s reaches WCAG AA (4.5:1)', (fg, bg) => {
    expect(contrast(hex(TOKENS[fg]), hex(TOKENS[bg]))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.keys(SIM))('keeps map markers distinct under %s', (kind) => {
    const m = SIM[kind]!;
    const close: string[] = [];
    for (const [i, a] of DISTINCT_MARKERS.entries()) {
      for (const b of DISTINCT_MARKERS.slice(i + 1)) {
        const d = deltaE(lab(simulate(num(PALETTE[a]), m)), lab(simulate(num(PALETTE[b]), m)));
        if (d < MIN_DELTA_E) close.push(`${a}/${b}: ΔE ${d.toFixed(1)}`);
      }
    }
    expect(close).toEqual([]);
  });

  it('keeps Thailand and Cambodia apart on the map and at the table under every simulation', () => {
    for (const m of Object.values(SIM)) {
      expect(deltaE(lab(simulate(num(PALETTE.thailand), m)), lab(simulate(num(PALETTE.cambodia), m)))).toBeGreaterThan(5);
      expect(deltaE(lab(simulate(hex(TOKENS.th), m)), lab(simulate(hex(TOKENS.kh), m)))).toBeGreaterThan(MIN_DELTA_E);
    }
  });

  it('declares every token in styles.css with the same value', () => {
    const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'ui', 'styles.css'), 'utf8');
    for (const [name, value] of Object.entries(TOKENS)) {
      expect(css).toMatch(new RegExp(`--c-${name}:\\s*${value};`, 'i'));
    }
  });
});
