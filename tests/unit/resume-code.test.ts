// Bad resume codes never crash and always say what is wrong: random text, a cut-off code, a typo,
// a code from a newer version, a code for a scenario this game lacks, a log that no longer fits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import lz from 'lz-string';
import type { Level } from '../../src/sim/level';
import { shippedLevel } from '../helpers/level';
import { randomGame } from '../helpers/random-game';
import { checksum, decodeResumeCode, encodeResumeCode, MAX_CODE_CHARS, MAX_LOG_CHARS } from '../../src/platform/resume-code';
import { stateDigest } from '../../src/sim/digest';
import { setLanguage } from '../../src/i18n/i18n';
import { restoreFromCode, resumeCodeOf } from '../../src/platform/restore';
import { words } from '../../src/i18n/words';
import { localDigits } from '../../src/i18n/norms';
import { decodeLog, encodeLog } from '../../src/platform/log-codec';
import { loadLevel } from '../../src/content/levels';

let level: Level;
let code: string;
beforeAll(async () => {
  level = await shippedLevel();
  code = resumeCodeOf(level, randomGame(level, 7, 'tense', [3, 14, 15, 92, 65, 35, 89, 79]));
});

const restore = (c: string) => restoreFromCode(c, null, loadLevel);

describe('resume code', () => {
  it('round-trips a game through the code, spaces and line breaks ignored', async () => {
    const game = randomGame(level, 11, 'violent', [1, 2, 3, 4, 5, 6]);
    const c = resumeCodeOf(level, game);
    const spaced = c.replace(/(.{8})/g, '$1 ').replace(/ (.{3})/, '\n$1');
    const back = await restore(spaced);
    expect(back.ok && back.game).toEqual(game);
  });

  it('refuses random strings with a message', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 120 }), async (s) => {
      const r = await restore(s);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(words(r.notice).length).toBeGreaterThan(10);
    }), { numRuns: 300 });
    const empty = await restore('   ');
    expect(!empty.ok && words(empty.notice)).toMatch(/Type or paste/);
    const other = await restore('hello world');
    expect(!other.ok && words(other.notice)).toMatch(/not a resume code/);
  });

  it('catches a truncated code and a one-character typo', async () => {
    for (const cut of [code.length - 1, code.length - 6, Math.floor(code.length / 2), 5]) {
      const r = await restore(code.slice(0, cut));
      expect(!r.ok && words(r.notice), `cut at ${cut}`).toMatch(/incomplete or has a typo/);
    }
    for (const i of [5, 10, code.length - 2]) {
      const at = code[i] === '-' ? i + 1 : i;
      const typo = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
      const r = await restore(typo);
      expect(!r.ok && words(r.notice), `typo at ${at}`).toMatch(/incomplete or has a typo/);
    }
    // U is not in the alphabet (it reads too much like V).
    const u = await restore(`${code.slice(0, 6)}U${code.slice(7)}`);
    expect(!u.ok && words(u.notice)).toMatch(/incomplete or has a typo/);
  });

  it('ignores case, spaces and hyphens, and reads I and L as 1, O as 0', async () => {
    expect(code).toMatch(/^AM3\.[0-9A-Z]{4}-/);
    const game = (await restore(code)).ok;
    expect(game).toBe(true);
    const variants = [code.toLowerCase(), code.replace(/-/g, ''), code.replace(/-/g, ' - '), code.replace(/1/g, 'l').replace(/0/g, 'o'), code.replace(/1/g, 'I')];
    for (const v of variants) expect((await restore(v)).ok, v).toBe(true);
  });

  it('says when a code comes from a newer version', async () => {
    // AM4 is a branch's code (branch-code.test.ts), AM5 a seat's (seat-code.test.ts); AM6 is the next format.
    const newer = code.replace(/^AM3\./, 'AM6.');
    const r = await restore(newer);
    expect(!r.ok && words(r.notice)).toMatch(/newer version/);
  });

  it('names an unknown scenario', async () => {
    const c = encodeResumeCode({ scenarioId: 'atlantis-2099', seed: 1, difficulty: 'calm', log: '' });
    const r = await restore(c);
    expect(!r.ok && words(r.notice)).toMatch(/does not have .*atlantis-2099/);
  });

  it('refuses a log that does not replay legally (e.g. a lever used twice in a round)', async () => {
    const c = encodeResumeCode({ scenarioId: level.id, seed: 1, difficulty: 'calm', log: 'HH' });
    const r = await restore(c);
    expect(!r.ok && words(r.notice)).toMatch(/does not fit this version/);
  });

  it('refuses a well-formed wrapper around a broken payload', () => {
    const head = `AM1.${lz.compressToEncodedURIComponent('december-2025~x~c~')}`;
    expect(decodeResumeCode(`${head}.${checksum(head)}`).ok).toBe(false);
    const am2 = encodeResumeCode({ scenarioId: 'december-2025', seed: Number.NaN, difficulty: 'calm', log: '' });
    expect(decodeResumeCode(am2).ok).toBe(false);
  });

  it('encodes every lever, sides, tones and hot-seat verdicts in the compact log', () => {
    const proposal = Object.fromEntries(level.issues.map((i) => [i.id, i.options[1]!.id]));
    const log = [
      { type: 'shuttle', side: 'kh' }, { type: 'advise', side: 'th' }, { type: 'consult', side: 'kh' }, { type: 'statement', side: 'th', tone: 'blame' },
      { type: 'propose', proposal, humans: { th: 'accept', kh: 'reject' } }, { type: 'end_round' }, { type: 'corridors' },
    ] as const;
    const text = encodeLog(level, log);
    expect(decodeLog(level, text)).toEqual(log);
    expect(decodeLog(level, `${text}Z`)).toBeNull();
  });

  it('still reads AM2 codes (no digest), and an AM3 code carries the digest of the final state', async () => {
    const game = randomGame(level, 12, 'calm', [9, 8, 7, 6, 5]);
    const data = { scenarioId: level.id, seed: game.seed, difficulty: game.difficulty, log: encodeLog(level, game.log) };
    const am2 = encodeResumeCode(data);
    expect(am2).toMatch(/^AM2\./);
    const back = await restore(am2);
    expect(back.ok && back.game).toEqual(game);
    expect(back.ok && back.notice).toBeUndefined();
    const read = decodeResumeCode(resumeCodeOf(level, game));
    expect(read.ok && read.data.digest).toBe(stateDigest(game));
  });

  it('restores a code whose replay ends in another state, and says so', async () => {
    const game = randomGame(level, 13, 'tense', [2, 7, 1, 8, 2, 8]);
    const data = { scenarioId: level.id, seed: game.seed, difficulty: game.difficulty, log: encodeLog(level, game.log) };
    const same = await restore(encodeResumeCode({ ...data, digest: stateDigest(game) }));
    expect(same.ok && same.notice).toBeUndefined();
    // The digest a browser that computed one step differently would have written.
    const other = stateDigest(game) === '000000' ? '000001' : '000000';
    const r = await restore(encodeResumeCode({ ...data, digest: other }));
    expect(r.ok && r.game).toEqual(game);
    expect(r.ok && r.notice && words(r.notice)).toMatch(/computed it differently/);
  });

  it('refuses input over 2,000 characters before any work, e.g. a valid 12.6k-character code', async () => {
    // A valid AM2 code (right checksum) whose log unpacks to 5.2 million characters ("HE" repeated):
    // it blocked the page for seconds. Made by encodeResumeCode once; compressing it takes half a minute.
    const code12k = readFileSync(join(__dirname, '../fixtures/long-code-12k.txt'), 'utf8').trim();
    expect(code12k.length).toBeGreaterThanOrEqual(12_600);
    const started = performance.now();
    const r = await restore(code12k);
    const ms = performance.now() - started;
    expect(!r.ok && words(r.notice)).toMatch(/far longer than any resume code/);
    expect(!r.ok && words(r.notice)).toContain(String(MAX_CODE_CHARS));
    expect(ms).toBeLessThan(1000); // refused before decompressing: the old path took seconds
    // The limit counts what was typed: a real code with spaces around it up to the limit still reads.
    expect((await restore(code.padEnd(MAX_CODE_CHARS, ' '))).ok).toBe(true);
    expect((await restore(code.padEnd(MAX_CODE_CHARS + 1, ' '))).ok).toBe(false);
  });

  it('refuses a short code whose log unpacks to over 10,000 characters, before replaying it', async () => {
    const c = encodeResumeCode({ scenarioId: level.id, seed: 1, difficulty: 'calm', log: 'E'.repeat(MAX_LOG_CHARS + 1) });
    expect(c.length).toBeLessThan(MAX_CODE_CHARS);
    const r = await restore(c);
    expect(!r.ok && words(r.notice)).toMatch(/more decisions than any game can hold/);
    const fits = encodeResumeCode({ scenarioId: level.id, seed: 1, difficulty: 'calm', log: 'E'.repeat(3) });
    expect((await restore(fits)).ok).toBe(true);
  });

  it('says both limits in every language', async () => {
    try {
      for (const lang of ['th', 'km', 'ms'] as const) {
        await setLanguage(lang);
        const long = decodeResumeCode('A'.repeat(MAX_CODE_CHARS + 1));
        const big = decodeResumeCode(encodeResumeCode({ scenarioId: level.id, seed: 1, difficulty: 'calm', log: 'E'.repeat(MAX_LOG_CHARS + 1) }));
        // Each language writes the limits in its own digits (Khmer digits in Khmer).
        expect(!long.ok && words(long.notice), lang).toContain(localDigits(String(MAX_CODE_CHARS), lang));
        expect(!big.ok && words(big.notice), lang).toContain(localDigits(String(MAX_LOG_CHARS), lang));
        expect(!long.ok && words(long.notice), lang).not.toMatch(/far longer/);
      }
    } finally {
      await setLanguage('en');
    }
  });
});
