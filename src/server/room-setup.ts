// How a class room gets its session. Colyseus creates rooms from plain options, which any caller
// of the matchmaker could fill in; so the session (and its scenario and writer) waits here under a
// one-time token that only this process knows, and a room created without a valid token refuses.

import { generateId } from '@colyseus/core';
import type { Level } from '../sim/level';
import type { SessionData, SessionWriter } from './session-file';

/** What the room is created from: the session (new or read back from disk) and its scenario. */
export interface RoomSetup {
  data: SessionData;
  level: Level;
  writer: SessionWriter | null;
}

/** Setups waiting for their room, by a one-time token only this process knows. */
const setups = new Map<string, RoomSetup>();

/** Registers a setup and returns the token the room must be created with. */
export function registerSetup(setup: RoomSetup): string {
  const token = generateId(24);
  setups.set(token, setup);
  return token;
}

/** The setup registered under `token`, removed so that the token opens one room only; undefined if none. */
export function takeSetup(token: unknown): RoomSetup | undefined {
  if (typeof token !== 'string') return undefined;
  const setup = setups.get(token);
  setups.delete(token);
  return setup;
}
