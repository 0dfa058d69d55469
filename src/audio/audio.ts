// The one module that owns howler. Cues play from one sprite; a calm, tense or grave ambient loop
// follows the game's mood and crossfades when it changes. Music and effects have their own
// volumes, and mute silences both; all three persist in the settings. Nothing is created, loaded or
// played before the player's first gesture (pointer, key or touch), so browsers raise no autoplay
// warnings and nobody is startled by a page that makes noise on load. Howler itself loads at that
// first gesture too, so it is not part of the game's first download.

import type { Howl } from 'howler';
import type { Cue } from '../sim/state';
import { readSettings, writeSettings, type Storage } from '../platform/storage';
import { CUE_SOUNDS, type Mood } from './cue-map';
import cuesUrl from '../../assets/sounds/cues.wav?url';
import spriteMap from '../../assets/sounds/cues.json';
import calmUrl from '../../assets/sounds/ambient-calm.wav?url';
import tenseUrl from '../../assets/sounds/ambient-tense.wav?url';
import graveUrl from '../../assets/sounds/ambient-grave.wav?url';

const LOOPS: Record<Mood, string> = { calm: calmUrl, tense: tenseUrl, grave: graveUrl };
const FADE_MS = 1500;
/** The music sits under the effects: full music volume is this loud. */
const MUSIC_HEADROOM = 0.5;

/** The game's audio: cues, the ambient mood, volumes and mute. */
export interface Audio {
  play(cue: Cue): void;
  /** Sets the ambient mood (null: silence); starts once the player has interacted. */
  setMood(mood: Mood | null): void;
  setMuted(m: boolean): void;
  muted(): boolean;
  /** Music and effects volume, 0..1. */
  musicVolume(): number;
  setMusicVolume(v: number): void;
  effectsVolume(): number;
  setEffectsVolume(v: number): void;
}

const clamp01 = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : fallback);

/** Creates the audio adapter; settings are read from and saved to `storage`. */
export function createAudio(storage: Storage, target: EventTarget = window): Audio {
  const saved = readSettings(storage);
  let isMuted = saved.muted === true;
  let music = clamp01(saved.musicVolume, 0.5);
  let effects = clamp01(saved.effectsVolume, 0.8);
  let unlocked = false;
  let mood: Mood | null = null;
  let cues: Howl | null = null;
  const loops = new Map<Mood, { howl: Howl; id: number }>();
  let howler: typeof import('howler') | null = null;

  const safe = (f: () => void) => {
    try { f(); } catch { /* Audio is a nicety: a browser without it must not stop the game. */ }
  };

  function cueHowl(): Howl {
    const { Howl } = howler!;
    cues ??= new Howl({ src: [cuesUrl], format: ['wav'], sprite: spriteMap as unknown as Record<string, [number, number]>, volume: effects });
    return cues;
  }

  function applyMood(): void {
    if (!unlocked || !howler) return;
    const { Howl } = howler;
    for (const [m, l] of loops) {
      if (m === mood) continue;
      l.howl.fade(l.howl.volume(), 0, FADE_MS, l.id);
      l.howl.once('fade', () => { if (m !== mood) l.howl.stop(); });
    }
    if (!mood || isMuted) return;
    const level = music * MUSIC_HEADROOM;
    const have = loops.get(mood);
    if (have?.howl.playing(have.id)) { have.howl.fade(have.howl.volume(), level, FADE_MS, have.id); return; }
    const howl = have?.howl ?? new Howl({ src: [LOOPS[mood]], format: ['wav'], loop: true, volume: 0 });
    const id = howl.play();
    howl.fade(0, level, FADE_MS, id);
    loops.set(mood, { howl, id });
  }

  const unlock = () => {
    if (unlocked) return;
    unlocked = true;
    for (const type of ['pointerdown', 'keydown', 'touchstart']) target.removeEventListener(type, unlock, true);
    import('howler').then((m) => {
      howler = m;
      safe(() => { m.Howler.mute(isMuted); applyMood(); });
    }, () => { /* No sound: the game plays on silently. */ });
  };
  for (const type of ['pointerdown', 'keydown', 'touchstart']) target.addEventListener(type, unlock, true);

  const save = () => writeSettings(storage, { muted: isMuted, musicVolume: music, effectsVolume: effects });

  return {
    play(cue) {
      if (!howler || isMuted || effects === 0) return;
      safe(() => { cueHowl().play(CUE_SOUNDS[cue]); });
    },
    setMood(m) {
      if (m === mood) return;
      mood = m;
      safe(applyMood);
    },
    setMuted(m) {
      isMuted = m;
      save();
      if (howler) safe(() => { howler?.Howler.mute(m); applyMood(); });
    },
    muted: () => isMuted,
    musicVolume: () => music,
    setMusicVolume(v) {
      music = clamp01(v, music);
      save();
      safe(() => { for (const [m, l] of loops) if (m === mood) l.howl.volume(music * MUSIC_HEADROOM, l.id); });
    },
    effectsVolume: () => effects,
    setEffectsVolume(v) {
      effects = clamp01(v, effects);
      save();
      safe(() => cues?.volume(effects));
    },
  };
}
