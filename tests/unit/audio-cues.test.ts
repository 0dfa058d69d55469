// Every cue the sim can emit maps to a region of the sound sprite that scripts/make-sounds.ts
// writes (assets/sounds/cues.wav + cues.json), inside the file; every mood has its loop on disk;
// and the mood follows the game: calm outside rounds and under a holding ceasefire, graver with
// more fighting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cue } from '../../src/sim/state';
import { CUE_SOUNDS, MOODS, moodFor } from '../../src/audio/cue-map';

/** Every Cue of src/sim/state.ts; the Record type makes the compiler reject a missing one. */
const ALL_CUES: Record<Cue, true> = {
  action: true, refused: true, accept: true, reject: true, counter: true, walkout: true,
  signed: true, incident: true, explosion: true, round: true, win: true, loss: true,
};

const SOUNDS = join(import.meta.dirname, '..', '..', 'assets', 'sounds');
const sprite = JSON.parse(readFileSync(join(SOUNDS, 'cues.json'), 'utf8')) as Record<string, [number, number]>;
const wav = readFileSync(join(SOUNDS, 'cues.wav'));
/** Length of an 8-bit mono WAV in ms, from its header. */
const lengthMs = (b: Buffer) => (b.readUInt32LE(40) / b.readUInt32LE(24)) * 1000;

describe('audio cues', () => {
  it('maps exactly the cues of the sim', () => {
    expect(Object.keys(CUE_SOUNDS).sort()).toEqual(Object.keys(ALL_CUES).sort());
  });

  it.each(Object.keys(ALL_CUES) as Cue[])('cue "%s" has a non-empty region inside the sprite', (cue) => {
    const region = sprite[CUE_SOUNDS[cue]];
    expect(region).toBeDefined();
    const [offset, length] = region!;
    expect(length).toBeGreaterThan(30);
    expect(offset + length).toBeLessThanOrEqual(lengthMs(wav));
  });

  it('keeps the sprite one small WAV file', () => {
    expect(wav.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(wav.length).toBeLessThan(250_000);
  });

  it.each(MOODS)('mood "%s" has a seamless loop on disk', (mood) => {
    const loop = readFileSync(join(SOUNDS, `ambient-${mood}.wav`));
    expect(lengthMs(loop)).toBeGreaterThanOrEqual(4000);
    const data = loop.subarray(44);
    // The last sample leads into the first without a jump (no click at the loop point).
    expect(Math.abs(data[data.length - 1]! - data[0]!)).toBeLessThan(12);
  });
});

describe('moodFor', () => {
  it('is calm outside the rounds and silent on boot', () => {
    expect(moodFor('menu', null, null)).toBe('calm');
    expect(moodFor('debrief', 0.9, 'collapsed')).toBe('calm');
    expect(moodFor('boot', null, null)).toBeNull();
  });

  it('rises with the fighting, and eases under a holding ceasefire', () => {
    expect(moodFor('acting', 0.1, 'none')).toBe('calm');
    expect(moodFor('acting', 0.4, 'none')).toBe('tense');
    expect(moodFor('world', 0.8, 'violated')).toBe('grave');
    expect(moodFor('world', 0.2, 'holding')).toBe('calm');
  });
});
