// The one module that owns howler: maps the sim's cues to sounds, and keeps mute in storage.
// Sounds are created on the first play (always after a user gesture), so nothing is loaded or
// unlocked during boot and browsers raise no autoplay warnings.

import { Howl, Howler } from 'howler';
import type { Cue } from '../sim/state';
import { readSettings, writeSettings, type Storage } from '../platform/storage';
import { CUE_SOUNDS } from './cue-map';
import action from '../../assets/sounds/action.wav?url';
import refused from '../../assets/sounds/refused.wav?url';
import accept from '../../assets/sounds/accept.wav?url';
import reject from '../../assets/sounds/reject.wav?url';
import counter from '../../assets/sounds/counter.wav?url';
import walkout from '../../assets/sounds/walkout.wav?url';
import signed from '../../assets/sounds/signed.wav?url';
import incident from '../../assets/sounds/incident.wav?url';
import explosion from '../../assets/sounds/explosion.wav?url';
import round from '../../assets/sounds/round.wav?url';
import win from '../../assets/sounds/win.wav?url';
import loss from '../../assets/sounds/loss.wav?url';

/** Bundled URL of each sound file, keyed by the file names in CUE_SOUNDS. */
const URLS: Record<string, string> = {
  action, refused, accept, reject, counter, walkout, signed, incident, explosion, round, win, loss,
};

/** The game's audio: play a cue, mute and unmute. */
export interface Audio {
  play(cue: Cue): void;
  setMuted(m: boolean): void;
  muted(): boolean;
}

/** Creates the audio adapter; the mute setting is read from and saved to `storage`. */
export function createAudio(storage: Storage): Audio {
  let isMuted = readSettings(storage).muted === true;
  const howls = new Map<Cue, Howl>();

  function howl(cue: Cue): Howl | null {
    const existing = howls.get(cue);
    if (existing) return existing;
    const url = URLS[CUE_SOUNDS[cue]];
    if (!url) return null;
    const h = new Howl({ src: [url], format: ['wav'], volume: 0.6 });
    howls.set(cue, h);
    return h;
  }

  return {
    play(cue) {
      if (isMuted) return;
      try {
        howl(cue)?.play();
      } catch {
        // Audio is a nicety: a browser without it must not stop the game.
      }
    },
    setMuted(m) {
      isMuted = m;
      writeSettings(storage, { muted: m });
      if (howls.size > 0) Howler.mute(m);
    },
    muted: () => isMuted,
  };
}
