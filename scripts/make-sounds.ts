// Synthesises the game's sounds from the parameters below, so they are reproducible from source and
// carry no third-party licence: one sprite of interface and event cues (cues.wav, with its map of
// offsets in cues.json) and a seamless ambient loop per mood (ambient-calm/tense/grave.wav).
// Run: npm run build:sounds. Deterministic: noise comes from a seeded LCG, so the same parameters
// always give the same bytes.

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
export function render(voices: Voice[], seed = 1, rate = RATE): Float32Array {
  const length = Math.ceil(rate * Math.max(...voices.map((v) => v.at + v.dur)));
  const out = new Float32Array(length);
  const noise = lcg(seed);
  for (const v of voices) {
    const start = Math.floor(v.at * rate);
    const n = Math.floor(v.dur * rate);
    const attack = Math.max(1, Math.floor((v.attack ?? 0.01) * rate));
    let phase = 0;
    let lp = 0;
    for (let i = 0; i < n && start + i < length; i++) {
      const t = i / n;
      const freq = v.f0 + ((v.f1 ?? v.f0) - v.f0) * t;
      phase += freq / rate;
      const env = Math.min(1, i / attack) * Math.pow(1 - t, 2);
      const raw = oscillator(v.wave, phase, noise);
      lp += (v.lowpass ?? 1) * (raw - lp);
      out[start + i]! += lp * env * v.vol;
    }
  }
  return out;
}

/** Encodes samples as an 8-bit unsigned mono WAV file. */
export function encodeWav(samples: Float32Array, rate = RATE): Buffer {
  const buf = Buffer.alloc(44 + samples.length);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(36 + samples.length, 4);
  buf.write('WAVEfmt ', 8, 'ascii');
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20); // PCM
  buf.writeUInt16LE(1, 22); // mono
  buf.writeUInt32LE(rate, 24);
  buf.writeUInt32LE(rate, 28); // byte rate
  buf.writeUInt16LE(1, 32); // block align
  buf.writeUInt16LE(8, 34); // bits per sample
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(samples.length, 40);
  samples.forEach((s, i) => buf.writeUInt8(Math.round(128 + 127 * Math.max(-1, Math.min(1, s))), 44 + i));
  return buf;
}

/** Silence between cues in the sprite, seconds (so a cue never bleeds into the next). */
const GAP = 0.1;

/** Concatenates every cue into one buffer; returns it with each cue's [offset ms, length ms]. */
function sprite(): { samples: Float32Array; map: Record<string, [number, number]> } {
  const parts = Object.entries(SOUNDS).map(([name, voices], i) => ({ name, samples: render(voices, 1 + i) }));
  const gap = Math.round(GAP * RATE);
  const total = parts.reduce((n, p) => n + p.samples.length + gap, 0);
  const samples = new Float32Array(total);
  const map: Record<string, [number, number]> = {};
  let at = 0;
  for (const p of parts) {
    samples.set(p.samples, at);
    map[p.name] = [Math.round((at / RATE) * 1000), Math.round((p.samples.length / RATE) * 1000)];
    at += p.samples.length + gap;
  }
  return { samples, map };
}

/** Ambient loops: low sample rate (they hold no high notes), a whole number of cycles of every
 * partial and of the swell, so each loop joins its own start without a click. */
const AMBIENT_RATE = 11025;
const LOOP_SECONDS = 8;

/** One ambient mood: a chord of partials (Hz, rounded to whole cycles per loop), a swell, a pulse. */
interface Mood {
  partials: { f: number; vol: number }[];
  /** Swells per loop (amplitude LFO) and how deep they go, 0..1. */
  swells: number;
  depth: number;
  /** Low thumps per loop (0 = none), their pitch and volume. */
  pulses: number;
  pulseHz: number;
  pulseVol: number;
}

const MOODS: Record<string, Mood> = {
  calm: { partials: [{ f: 110, vol: 0.12 }, { f: 164.75, vol: 0.09 }, { f: 220, vol: 0.07 }, { f: 277.25, vol: 0.05 }, { f: 329.625, vol: 0.03 }], swells: 1, depth: 0.35, pulses: 0, pulseHz: 0, pulseVol: 0 },
  tense: { partials: [{ f: 110, vol: 0.11 }, { f: 110.5, vol: 0.08 }, { f: 130.75, vol: 0.08 }, { f: 164.75, vol: 0.06 }, { f: 233, vol: 0.03 }], swells: 2, depth: 0.45, pulses: 8, pulseHz: 55, pulseVol: 0.22 },
  grave: { partials: [{ f: 73.375, vol: 0.13 }, { f: 77.75, vol: 0.1 }, { f: 110, vol: 0.07 }, { f: 155.5, vol: 0.05 }, { f: 207.625, vol: 0.03 }], swells: 4, depth: 0.5, pulses: 12, pulseHz: 45, pulseVol: 0.3 },
};

/** Renders one mood's loop. */
function ambient(m: Mood): Float32Array {
  const n = AMBIENT_RATE * LOOP_SECONDS;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / AMBIENT_RATE;
    const swell = 1 - m.depth * (0.5 + 0.5 * Math.cos((2 * Math.PI * m.swells * t) / LOOP_SECONDS));
    let v = 0;
    for (const p of m.partials) {
      const f = Math.round(p.f * LOOP_SECONDS) / LOOP_SECONDS;
      v += p.vol * Math.sin(2 * Math.PI * f * t);
    }
    if (m.pulses > 0) {
      const period = LOOP_SECONDS / m.pulses;
      const since = t % period;
      v += m.pulseVol * Math.sin(2 * Math.PI * m.pulseHz * since) * Math.exp(-since * 9) * Math.min(1, since * 200);
    }
    out[i] = v * swell;
  }
  return out;
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'sounds');
mkdirSync(outDir, { recursive: true });
for (const f of readdirSync(outDir)) if (f.endsWith('.wav')) rmSync(join(outDir, f));
const cues = sprite();
const cuesWav = encodeWav(cues.samples);
writeFileSync(join(outDir, 'cues.wav'), cuesWav);
writeFileSync(join(outDir, 'cues.json'), `${JSON.stringify(cues.map, null, 2)}\n`);
console.log(`cues.wav ${cuesWav.length} bytes, ${Object.keys(cues.map).length} cues`);
for (const [name, mood] of Object.entries(MOODS)) {
  const wav = encodeWav(ambient(mood), AMBIENT_RATE);
  writeFileSync(join(outDir, `ambient-${name}.wav`), wav);
  console.log(`ambient-${name}.wav ${wav.length} bytes`);
}
