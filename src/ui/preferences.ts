// The player's preferences that the DOM layer keeps itself (the sensitivity setting) and the
// storage behind them and campaign progress. One storage object for the whole DOM layer, created
// on first use, over the same browser storage as the rest of the game.

import { createStorage, readSettings, writeSettings, type Storage } from '../platform/storage';

let store: Storage | null = null;

/** The DOM layer's storage (never throws; falls back to memory when storage is blocked). */
export function uiStorage(): Storage {
  store ??= createStorage();
  return store;
}

/** Whether the sensitivity setting is on (softened incident text, a content note before play). */
export function isSensitive(storage: Storage = uiStorage()): boolean {
  return readSettings(storage).sensitive === true;
}

/** Turns the sensitivity setting on or off, and saves it. */
export function setSensitive(on: boolean, storage: Storage = uiStorage()): void {
  writeSettings(storage, { sensitive: on });
}
