// Resume codes round-trip: for many random legal games on the shipped scenario, encoding the game
// as a code, decoding it and replaying the log rebuilds exactly the same state. New codes are AM3
// (Crockford base32 in groups of four), and they still work as a student would type them back:
// in lower case, without hyphens, with extra spaces, with I or L for 1 and O for 0. Old AM1 codes
// still decode.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Level } from '../../src/sim/level';
import { DIFFICULTIES } from '../../src/sim/level';
import { shippedLevel } from '../helpers/level';
import { randomGame } from '../helpers/random-game';
import { restoreFromCode, resumeCodeOf } from '../../src/platform/restore';
import { encodeLog } from '../../src/platform/log-codec';
import { replay } from '../../src/sim/game';
import { encodeResumeCodeV1, fromBase32, toBase32 } from '../../src/platform/resume-code';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel();
});

const noLoad = async () => ({ ok: false as const, errors: ['not needed'] });
const game = () => fc.tuple(
  fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  fc.constantFrom(...DIFFICULTIES),
  fc.array(fc.nat({ max: 1000 }), { minLength: 0, maxLength: 60 }),
);

/** How a student might type a code back from paper. */
interface Retyping { lower: boolean; hyphens: 'keep' | 'drop' | 'spaces'; spaces: number[]; lookalikes: boolean; newline: boolean }

const retype: fc.Arbitrary<Retyping> = fc.record({
  lower: fc.boolean(),
  hyphens: fc.constantFrom('keep' as const, 'drop' as const, 'spaces' as const),
  spaces: fc.array(fc.nat(), { maxLength: 6 }),
  lookalikes: fc.boolean(),
  newline: fc.boolean(),
});

/** The code as typed: its body changed as `how` says, the `AM3.` prefix kept. */
function typed(code: string, how: Retyping): string {
  const prefix = code.slice(0, 4);
  let body = code.slice(4);
  if (how.hyphens === 'drop') body = body.replace(/-/g, '');
  if (how.hyphens === 'spaces') body = body.replace(/-/g, ' ');
  if (how.lookalikes) body = body.replace(/1/g, (_one, at: number) => (at % 2 ? 'L' : 'I')).replace(/0/g, 'O');
  for (const at of how.spaces) {
    const i = at % (body.length + 1);
    body = `${body.slice(0, i)}  ${body.slice(i)}`;
  }
  if (how.newline) body = body.replace(/ /, '\n');
  const text = ` ${prefix}${how.spaces.length % 2 ? ' ' : ''}${body} `;
  return how.lower ? text.toLowerCase() : text;
}

describe('resume codes', () => {
  it('encode → decode → replay reproduces the exact game state (AM3, grouped by four)', async () => {
    await fc.assert(
      fc.asyncProperty(game(), async ([seed, difficulty, choices]) => {
        const g = randomGame(level, seed, difficulty, choices);
        const code = resumeCodeOf(level, g);
        expect(code).toMatch(/^AM3\.[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4})*(-[0-9A-HJKMNP-TV-Z]{1,3})?$/);
        const back = await restoreFromCode(code, level, noLoad);
        expect(back.ok).toBe(true);
        if (back.ok) expect(back.game).toEqual(g);
      }),
      { numRuns: 150 },
    );
  });

  it('decodes a code typed back by hand: lower case, no hyphens, extra spaces, I/L for 1 and O for 0', async () => {
    await fc.assert(
      fc.asyncProperty(game(), retype, async ([seed, difficulty, choices], how) => {
        const g = randomGame(level, seed, difficulty, choices);
        const text = typed(resumeCodeOf(level, g), how);
        const back = await restoreFromCode(text, level, noLoad);
        expect(back.ok, JSON.stringify(text)).toBe(true);
        if (back.ok) expect(back.game).toEqual(g);
      }),
      { numRuns: 150 },
    );
  });

  it('accepts the dot after AM3 left out or replaced by a hyphen or a space', async () => {
    const g = randomGame(level, 3, 'tense', [5, 8, 13, 21]);
    const code = resumeCodeOf(level, g);
    for (const text of [code.replace('AM3.', 'AM3'), code.replace('AM3.', 'AM3-'), code.replace('AM3.', 'am3 ')]) {
      const back = await restoreFromCode(text, level, noLoad);
      expect(back.ok && back.game, text).toEqual(g);
    }
  });

  it('still decodes old AM1 codes', async () => {
    await fc.assert(
      fc.asyncProperty(game(), async ([seed, difficulty, choices]) => {
        const g = randomGame(level, seed, difficulty, choices);
        const code = encodeResumeCodeV1({ scenarioId: level.id, seed: g.seed, difficulty: g.difficulty, log: encodeLog(level, g.log) });
        expect(code).toMatch(/^AM1\.[A-Za-z0-9+$-]+\.[0-9a-z]{5}$/);
        const back = await restoreFromCode(code.replace(/(.{9})/g, '$1 '), level, noLoad);
        expect(back.ok).toBe(true);
        if (back.ok) expect(back.game).toEqual(g);
      }),
      { numRuns: 60 },
    );
    // A code as the previous version wrote it: seed 5, calm; host talks, end of round 1, a hotline.
    const saved = 'AM1.CYUwxiC2BGIE4FoBMAGJBWAflsmASAogDJA.4njqr';
    const back = await restoreFromCode(saved, level, noLoad);
    expect(back.ok && back.game).toEqual(replay(level, 5, 'calm', [{ type: 'host_talks' }, { type: 'end_round' }, { type: 'hotline' }]));
  });

  it('base32 round-trips any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(fromBase32(toBase32(bytes))).toEqual(bytes);
    }));
  });
});
