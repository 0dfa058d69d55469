// Resume codes: a short text a student can copy or write down to continue a game on another
// device (school Chromebooks often wipe storage at sign-out). A code holds the scenario, seed,
// difficulty and the compact decision log, compressed with lz-string, behind a version prefix and
// followed by a checksum, so a typo or a cut-off code is caught before anything is replayed.

import lz from 'lz-string';
import { DIFFICULTIES, type Difficulty } from '../sim/level';
import { t } from '../i18n/i18n';

/** The format version written into new codes (`AM1.…`). */
export const CODE_VERSION = 1;

/** What a code carries; the log is in the compact form of `log-codec.ts`. */
export interface ResumeData {
  scenarioId: string;
  seed: number;
  difficulty: Difficulty;
  log: string;
}

/** Decoding result: the data, or a message the player can act on. */
export type CodeRead = { ok: true; data: ResumeData } | { ok: false; message: string };

/** FNV-1a over the text, as 5 base-36 characters (a typo slips through about once in 60 million). */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 36 ** 5).toString(36).padStart(5, '0');
}

/** Encodes a game's essentials as a resume code, e.g. `AM1.N4Ig….k3x9a`. */
export function encodeResumeCode(data: ResumeData): string {
  const body = lz.compressToEncodedURIComponent(`${data.scenarioId}~${data.seed}~${data.difficulty[0]}~${data.log}`);
  const head = `AM${CODE_VERSION}.${body}`;
  return `${head}.${checksum(head)}`;
}

const typo = (): CodeRead => ({ ok: false, message: t('menu.code.typo') });

/** Reads a resume code as typed or pasted (spaces and line breaks are ignored). Never throws. */
export function decodeResumeCode(input: string): CodeRead {
  const code = input.replace(/\s+/g, '');
  if (code === '') return { ok: false, message: t('menu.code.empty') };
  const version = /^AM(\d+)\./i.exec(code);
  if (!version) return { ok: false, message: t('menu.code.notACode') };
  const v = Number(version[1]);
  if (v > CODE_VERSION) return { ok: false, message: t('menu.code.newer') };
  if (v < 1) return { ok: false, message: t('menu.code.notACode') };
  const last = code.lastIndexOf('.');
  const head = code.slice(0, last);
  if (last <= version[0].length - 1 || checksum(head) !== code.slice(last + 1)) return typo();
  let text: string | null;
  try {
    text = lz.decompressFromEncodedURIComponent(head.slice(version[0].length));
  } catch {
    text = null;
  }
  const parts = text ? text.split('~') : [];
  const [scenarioId = '', seedText = '', d = '', log = ''] = parts;
  const difficulty = DIFFICULTIES.find((x) => x[0] === d);
  const seed = Number(seedText);
  if (parts.length !== 4 || !/^[A-Za-z0-9_-]{1,60}$/.test(scenarioId) || !difficulty || !Number.isInteger(seed) || seedText === '') {
    return typo();
  }
  return { ok: true, data: { scenarioId, seed, difficulty, log } };
}
