// Synthesises the game's sound cues into small WAV files from the parameters below, so the sounds
// are reproducible from source and carry no third-party licence. Run: npm run build:sounds.
// Deterministic: noise comes from a seeded LCG, so the same parameters always give the same bytes.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RATE = 22050;
type Wave = 'sine' | 'square' | 'triangle' | 'noise';

/** One voice: a tone or noise burst with a pitch glide and an attack/decay envelope. */
interface Voice {
  at: number; // start, seconds
  dur: number; // length, seconds
  wave: Wave;
  f0: number; // start frequency, Hz (ignored for noise)
  f1?: number; // end frequency, Hz
  vol: number; // 0..1
  attack?: number; // seconds
  /** One-pole low-pass coefficient 0..1 (smaller = darker); 1 = off. */
  lowpass?: number;
}

/** Every cue's sound. File names match the cue names in src/audio/cue-map.ts. */
const SOUNDS: Record<string, Voice[]> = {
  action: [{ at: 0, dur: 0.09, wave: 'sine', f0: 880, f1: 700, vol: 0.5, attack: 0.005 }],
  refused: [
    { at: 0, dur: 0.1, wave: 'square', f0: 220, vol: 0.25, lowpass: 0.3 },
    { at: 0.13, dur: 0.14, wave: 'square', f0: 185, vol: 0.25, lowpass: 0.3 },
  ],
  accept: [
    { at: 0, dur: 0.14, wave: 'sine', f0: 523, vol: 0.5 },
    { at: 0.12, dur: 0.24, wave: 'sine', f0: 784, vol: 0.5 },
  ],
  reject: [
    { at: 0, dur: 0.14, wave: 'triangle', f0: 392, vol: 0.5 },
    { at: 0.13, dur: 0.24, wave: 'triangle', f0: 294, vol: 0.5 },
  ],
  counter: [
    { at: 0, dur: 0.1, wave: 'triangle', f0: 440, vol: 0.45 },
    { at: 0.1, dur: 0.1, wave: 'triangle', f0: 523, vol: 0.45 },
    { at: 0.2, dur: 0.18, wave: 'triangle', f0: 440, vol: 0.45 },
  ],
  walkout: [{ at: 0, dur: 0.55, wave: 'square', f0: 330, f1: 140, vol: 0.25, lowpass: 0.2 }],
  signed: [
    { at: 0, dur: 0.6, wave: 'sine', f0: 523, vol: 0.3 },
    { at: 0.08, dur: 0.52, wave: 'sine', f0: 659, vol: 0.3 },
    { at: 0.16, dur: 0.44, wave: 'sine', f0: 784, vol: 0.3 },
    { at: 0.24, dur: 0.4, wave: 'sine', f0: 1047, vol: 0.25 },
  ],
  incident: [
    { at: 0, dur: 0.25, wave: 'noise', f0: 0, vol: 0.5, lowpass: 0.15 },
    { at: 0, dur: 0.2, wave: 'sine', f0: 110, f1: 60, vol: 0.5 },
  ],
  explosion: [
    { at: 0, dur: 0.7, wave: 'noise', f0: 0, vol: 0.7, lowpass: 0.06 },
    { at: 0, dur: 0.4, wave: 'sine', f0: 80, f1: 40, vol: 0.6 },
  ],
  round: [
    { at: 0, dur: 0.5, wave: 'sine', f0: 660, vol: 0.4, attack: 0.003 },
    { at: 0, dur: 0.4, wave: 'sine', f0: 1320, vol: 0.12, attack: 0.003 },
  ],
  win: [
    { at: 0, dur: 0.2, wave: 'triangle', f0: 523, vol: 0.4 },
    { at: 0.15, dur: 0.2, wave: 'triangle', f0: 659, vol: 0.4 },
    { at: 0.3, dur: 0.2, wave: 'triangle', f0: 784, vol: 0.4 },
    { at: 0.45, dur: 0.4, wave: 'triangle', f0: 1047, vol: 0.4 },
  ],
  loss: [
    { at: 0, dur: 0.25, wave: 'triangle', f0: 440, vol: 0.4 },
    { at: 0.22, dur: 0.25, wave: 'triangle', f0: 349, vol: 0.4 },
    { at: 0.44, dur: 0.4, wave: 'triangle', f0: 294, vol: 0.4 },
  ],
};

/** Park–Miller LCG: deterministic noise in [-1, 1). */
function lcg(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => {
    s = (s * 48271) % 2147483647;
    return (s / 2147483647) * 2 - 1;
  };
}

function oscillator(wave: Wave, phase: number, noise: () => number): number {
  const p = phase - Math.floor(phase);
  switch (wave) {
    case 'sine': return Math.sin(2 * Math.PI * p);
    case 'square': return p < 0.5 ? 1 : -1;
    case 'triangle': return 4 * Math.abs(p - 0.5) - 1;
    case 'noise': return noise();
  }
}

/** Renders voices into a float buffer in [-1, 1]. */
export function render(voices: Voice[], seed = 1): Float32Array {
  const length = Math.ceil(RATE * Math.max(...voices.map((v) => v.at + v.dur)));
  const out = new Float32Array(length);
  const noise = lcg(seed);
  for (const v of voices) {
    const start = Math.floor(v.at * RATE);
    const n = Math.floor(v.dur * RATE);
    const attack = Math.max(1, Math.floor((v.attack ?? 0.01) * RATE));
    let phase = 0;
    let lp = 0;
    for (let i = 0; i < n && start + i < length; i++) {
      const t = i / n;
      const freq = v.f0 + ((v.f1 ?? v.f0) - v.f0) * t;
      phase += freq / RATE;
      const env = Math.min(1, i / attack) * Math.pow(1 - t, 2);
      const raw = oscillator(v.wave, phase, noise);
      lp += (v.lowpass ?? 1) * (raw - lp);
      out[start + i]! += lp * env * v.vol;
    }
  }
  return out;
}

/** Encodes samples as an 8-bit unsigned mono WAV file. */
export function encodeWav(samples: Float32Array): Buffer {
  const buf = Buffer.alloc(44 + samples.length);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(36 + samples.length, 4);
  buf.write('WAVEfmt ', 8, 'ascii');
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20); // PCM
  buf.writeUInt16LE(1, 22); // mono
  buf.writeUInt32LE(RATE, 24);
  buf.writeUInt32LE(RATE, 28); // byte rate
  buf.writeUInt16LE(1, 32); // block align
  buf.writeUInt16LE(8, 34); // bits per sample
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(samples.length, 40);
  samples.forEach((s, i) => buf.writeUInt8(Math.round(128 + 127 * Math.max(-1, Math.min(1, s))), 44 + i));
  return buf;
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'sounds');
mkdirSync(outDir, { recursive: true });
Object.entries(SOUNDS).forEach(([name, voices], i) => {
  const wav = encodeWav(render(voices, 1 + i));
  writeFileSync(join(outDir, `${name}.wav`), wav);
  console.log(`${name}.wav ${wav.length} bytes`);
});
