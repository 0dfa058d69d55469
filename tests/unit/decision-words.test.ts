// The comparison names the first different decision in words: a lever by its name, with its side or
// tone, a package by its terms, the end of a day, and "no further decision" where a log had ended.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import { fairPackage } from '../../src/sim/strategies';
import { decisionWords } from '../../src/ui/branch/decision-words';
import { setLanguage } from '../../src/i18n/i18n';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
});
afterAll(async () => {
  await setLanguage('en');
});

describe('decisionWords', () => {
  it('names levers, sides, tones, packages and the end of a day in English', () => {
    expect(decisionWords(level, { type: 'host_talks' })).toBe('Host talks');
    expect(decisionWords(level, { type: 'shuttle', side: 'kh' })).toBe('Shuttle to a capital: Cambodia');
    expect(decisionWords(level, { type: 'statement', side: 'th', tone: 'blame' })).toBe('Make a public statement: Blame Thailand');
    expect(decisionWords(level, { type: 'end_round' })).toBe('ending the day');
    expect(decisionWords(level, null)).toMatch(/no further decision/);
    const pkg = fairPackage(level);
    const words = decisionWords(level, { type: 'propose', proposal: pkg });
    expect(words.startsWith('Table a package: ')).toBe(true);
    for (const issue of level.issues) expect(words).toContain(issue.options.find((o) => o.id === pkg[issue.id])!.label);
  });

  it('speaks Thai and Khmer too (side names come from the scenario translation)', async () => {
    await setLanguage('th');
    expect(decisionWords(level, { type: 'end_round' })).toBe('การจบวัน');
    expect(decisionWords(level, { type: 'shuttle', side: 'kh' })).toMatch(/^เดินทางไปเมืองหลวง/);
    await setLanguage('km');
    expect(decisionWords(level, { type: 'end_round' })).toBe('ការបញ្ចប់ថ្ងៃ');
  });
});
