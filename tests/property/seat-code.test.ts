// Whatever a code carries comes back unchanged, in every shape a code can have: with or without a
// digest, a parent (a branch) and a seat. The version is the one older readers expect: AM2 without
// a digest, AM3 with one, AM4 for a branch, AM5 only when a seat is named (so an envoy's game never
// gets a code an older version would call newer).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DIFFICULTIES } from '../../src/sim/level';
import { CROCKFORD, decodeResumeCode, encodeResumeCode, type ResumeData } from '../../src/platform/resume-code';

/** A compact log: the log codec's letters and digits, as long as a real game's log gets. */
const log = fc.string({ unit: fc.constantFrom(...'HLPTIGODCESAKMNRQBXhtkapbfcr0123456789'), maxLength: 200 });

const data: fc.Arbitrary<ResumeData> = fc.record({
  scenarioId: fc.stringMatching(/^[A-Za-z0-9_-]{1,60}$/),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  difficulty: fc.constantFrom(...DIFFICULTIES),
  log,
  digest: fc.option(fc.string({ unit: fc.constantFrom(...CROCKFORD), minLength: 6, maxLength: 6 }), { nil: undefined }),
  parent: fc.option(fc.record({ log, fromRound: fc.integer({ min: 1, max: 999 }) }), { nil: undefined }),
  seat: fc.option(fc.constantFrom('th' as const, 'kh' as const), { nil: undefined }),
}, { requiredKeys: ['scenarioId', 'seed', 'difficulty', 'log'] });

describe('what a resume code carries', () => {
  it('comes back unchanged, in the version older readers expect', () => {
    fc.assert(fc.property(data, (d) => {
      // A parent and a seat are written only with a digest (every code since AM3 has one).
      const sent: ResumeData = d.digest === undefined ? { scenarioId: d.scenarioId, seed: d.seed, difficulty: d.difficulty, log: d.log } : d;
      const code = encodeResumeCode(sent);
      const version = sent.digest === undefined ? 2 : sent.seat ? 5 : sent.parent ? 4 : 3;
      expect(code.startsWith(`AM${version}.`)).toBe(true);
      const back = decodeResumeCode(code);
      expect(back).toEqual({ ok: true, data: sent });
    }), { numRuns: 300 });
  });
});
