// Keeps each game's grade record (the concept check's answers and the memo) in this browser, so a
// memo survives a reload: the game is found again by its resume code or Continue, and its record
// by the game's key. The last MAX_GRADES records, newest first; nothing leaves the device.

import type { Storage } from './storage';
import { readGrade, type GradeRecord } from '../machines/grade';

/** Where the records are stored. */
export const GRADES_KEY = 'asean-mediator:v1:grades';

/** How many games' records are kept. */
export const MAX_GRADES = 20;

/** The stored records, newest first (unreadable entries are dropped). */
export function readGrades(storage: Storage): GradeRecord[] {
  const raw = storage.get<unknown>(GRADES_KEY, []);
  return Array.isArray(raw) ? raw.map(readGrade).filter((g): g is GradeRecord => g !== null) : [];
}

/** The record kept for a game's key, or null. */
export function recallGrade(storage: Storage, key: string): GradeRecord | null {
  return readGrades(storage).find((g) => g.key === key) ?? null;
}

/** Stores a record in front of the others, replacing the one with the same key. */
export function keepGrade(storage: Storage, record: GradeRecord): void {
  const others = readGrades(storage).filter((g) => g.key !== record.key);
  storage.set(GRADES_KEY, [record, ...others].slice(0, MAX_GRADES));
}

/**
 * Follows the view models and stores the grade record whenever it changes, once something is in
 * it (a record never touched is not written, so opening a briefing stores nothing).
 */
export function followGrades(storage: Storage): (vm: { grade?: GradeRecord | null }) => void {
  let last: GradeRecord | null = null;
  return (vm) => {
    const g = vm.grade ?? null;
    if (!g || g === last) return;
    last = g;
    const touched = g.before.status !== 'pending' || g.after.status !== 'pending' || Object.values(g.memo).some((m) => m !== '');
    if (touched) keepGrade(storage, g);
  };
}
