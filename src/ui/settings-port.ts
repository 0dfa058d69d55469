// The settings the settings screen edits, backed by the audio adapter (mute) and storage (text
// size). Text size scales the root font, so every rem-sized part of the DOM layer follows it.

import { readSettings, writeSettings, type Storage } from '../platform/storage';
import type { SettingsPort } from './context';
import { initMotion } from './motion';

/** Clamps a stored text size into 100–200%. */
function clampSize(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.min(200, Math.max(100, Math.round(n))) : 100;
}

/** Creates the settings port and applies the stored text size to the page at once. */
export function createSettingsPort(
  storage: Storage,
  audio: { muted(): boolean; setMuted(m: boolean): void } & Partial<NonNullable<SettingsPort['sound']>>,
  doc: Document = document,
): SettingsPort {
  let size = clampSize(readSettings(storage).textSize);
  const apply = () => {
    doc.documentElement.style.fontSize = size === 100 ? '' : `${size}%`;
  };
  apply();
  const { musicVolume, setMusicVolume, effectsVolume, setEffectsVolume } = audio;
  const sound = musicVolume && setMusicVolume && effectsVolume && setEffectsVolume
    ? { musicVolume: () => musicVolume(), setMusicVolume: (v: number) => setMusicVolume(v), effectsVolume: () => effectsVolume(), setEffectsVolume: (v: number) => setEffectsVolume(v) }
    : undefined;
  return {
    sound,
    motion: initMotion(storage, doc),
    muted: () => audio.muted(),
    setMuted: (m) => audio.setMuted(m),
    textSize: () => size,
    setTextSize(percent) {
      size = clampSize(percent);
      writeSettings(storage, { textSize: size });
      apply();
    },
  };
}
