// A localStorage wrapper that never throws: private browsing, iframes, partitioned or full storage
// all fall back to an in-memory map, so settings and saves degrade instead of breaking the game.

/** Key/value storage of JSON values. */
export interface Storage {
  /** The stored value for `key`, or `fallback` when absent or unreadable. */
  get<T>(key: string, fallback: T): T;
  /**
   * Stores `value` as JSON; keeps it in memory if the browser refuses.
   * @returns true when the browser stored it, false when only this page's memory holds it
   */
  set(key: string, value: unknown): boolean;
  /**
   * Writes `value` (or removes the key, for undefined) in the browser's storage only, leaving what
   * this page reads from memory alone: used to take a stale value out of the browser's storage
   * after a newer one could only be kept in memory. @returns false when the browser refused
   */
  persist(key: string, value: unknown): boolean;
  /** Forgets `key` (in memory and in the browser). */
  remove(key: string): void;
  /**
   * False when values only live in memory for this page: storage is blocked (private browsing,
   * a school policy) or a write failed (full). The UI then tells the player to use a resume code.
   */
  persistent(): boolean;
}

function browserStorage(): globalThis.Storage | null {
  try {
    const s = globalThis.localStorage;
    if (!s) return null;
    const probe = '__asean-mediator-probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

/**
 * Creates a storage backed by localStorage when it works, else by memory only.
 * Values written while localStorage fails (e.g. quota exceeded) stay readable from memory.
 */
export function createStorage(backend: globalThis.Storage | null = browserStorage()): Storage {
  const memory = new Map<string, string>();
  let writeFailed = false;
  return {
    get<T>(key: string, fallback: T): T {
      let raw: string | null | undefined = memory.get(key);
      if (raw === undefined) {
        try {
          raw = backend?.getItem(key) ?? null;
        } catch {
          raw = null;
        }
      }
      if (raw === null || raw === undefined) return fallback;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return fallback;
      }
    },
    set(key: string, value: unknown): boolean {
      let raw: string;
      try {
        raw = JSON.stringify(value);
      } catch {
        return false;
      }
      try {
        if (!backend) throw new Error('no storage');
        backend.setItem(key, raw);
        memory.delete(key);
        return true;
      } catch {
        writeFailed = true;
        memory.set(key, raw);
        return false;
      }
    },
    persist(key: string, value: unknown): boolean {
      try {
        if (!backend) return false;
        if (value === undefined) backend.removeItem(key);
        else backend.setItem(key, JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    remove(key: string): void {
      memory.delete(key);
      try {
        backend?.removeItem(key);
      } catch {
        // Nothing to do: the value is gone from memory, which is what this page reads first.
      }
    },
    persistent: () => backend !== null && !writeFailed,
  };
}

/** The settings key shared by audio (mute) and the UI (text size). */
export const SETTINGS_KEY = 'asean-mediator:v1:settings';

/** Persisted player settings; every field optional so older saves still load. */
export interface Settings {
  muted?: boolean;
  /** Text size in percent, 100–200. */
  textSize?: number;
  /** Sensitivity setting: softened incident text and a content note before play. */
  sensitive?: boolean;
  /** Music and sound-effect volumes, 0..1. */
  musicVolume?: number;
  effectsVolume?: number;
  /** Reduced motion; absent means "follow the system's prefers-reduced-motion". */
  reducedMotion?: boolean;
  /** High-contrast theme (text at 7:1 or more). */
  highContrast?: boolean;
  /** Interface language chosen with the switch (a shipped code; anything else is ignored). */
  language?: string;
}

/** Reads the settings object, tolerating garbage. */
export function readSettings(storage: Storage): Settings {
  const s = storage.get<unknown>(SETTINGS_KEY, {});
  return s && typeof s === 'object' ? (s as Settings) : {};
}

/** Merges a change into the stored settings. */
export function writeSettings(storage: Storage, patch: Settings): void {
  storage.set(SETTINGS_KEY, { ...readSettings(storage), ...patch });
}
