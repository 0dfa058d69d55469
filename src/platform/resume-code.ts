// Resume codes: a short text a student can copy or write down to continue a game on another
// device (school Chromebooks often wipe storage at sign-out). A code holds the scenario, seed,
// difficulty and the compact decision log, compressed with lz-string, behind a version prefix and
// with a checksum, so a typo or a cut-off code is caught before anything is replayed.
//
// New codes are `AM3.` followed by the compressed bytes in Crockford base32 (digits and capital
// letters without I, L, O and U) and a 6-character checksum, in groups of four joined by hyphens:
// `AM3.8D0M-2WK1-…`. Written down and typed back, case does not matter, I and L read as 1, O as 0,
// and spaces and hyphens are ignored. AM3 adds the digest of the game's final state (see
// src/sim/digest.ts) so a replay that comes out differently is reported. AM4 is written only for a
// game started with "Try again from day N": it adds the day and the parent game's log (same
// scenario, seed and difficulty), so the branch's debrief can compare the two after a move to
// another device; every other game still gets an AM3 code, which older versions read. AM5 is written
// only for a game played at a delegation's seat: AM3 (or AM4, for a branch) plus the seat, so the
// code reopens the game at that seat; a version that predates seats says the code is newer instead
// of opening the game as the envoy's. `AM2.` codes
// (AM3 without the digest) and older `AM1.` codes (lz-string's URI-safe text, then `.` and a
// base-36 checksum; case-sensitive) still decode.
//
// A code is refused before any work when it is longer than any real game's code could be
// (MAX_CODE_CHARS), and so is a log that decompresses to more than MAX_LOG_CHARS: a small code
// can expand to millions of characters, which would block the page while it replays.

import lz from 'lz-string';
import { DIFFICULTIES, type Difficulty, type SideId } from '../sim/level';
import { msg, type Msg } from '../sim/message';
import { fnv1a } from '../sim/digest';

/** The newest format version this game reads and writes (`AM5.…` for a seat's game, `AM4.…` for a branch; others get `AM3.…`). */
export const CODE_VERSION = 5;

/** Longest code accepted, as typed (the longest real game's code is a few hundred characters). */
export const MAX_CODE_CHARS = 2000;
/** Longest decompressed log accepted (a real game's log is a few hundred characters). */
export const MAX_LOG_CHARS = 10000;

/** What a code carries; the log is in the compact form of `log-codec.ts`. */
export interface ResumeData {
  scenarioId: string;
  seed: number;
  difficulty: Difficulty;
  log: string;
  /** The digest of the final state (AM3 and AM4 codes; absent in older ones). */
  digest?: string;
  /** A branch's parent (AM4 codes): its compact log and the day the branch decided again from. */
  parent?: ParentData;
  /** The delegation the player sits at (AM5 codes); absent for the envoy's game. */
  seat?: SideId;
}

/** The parent a branch's code names: the same scenario, seed and difficulty, so only its log and the day. */
export interface ParentData {
  log: string;
  fromRound: number;
}

/** The code versions written with the base32 body and checksum. */
type Version32 = 2 | 3 | 4 | 5;

/** Decoding result: the data, or a message (key and arguments) the player can act on. */
export type CodeRead = { ok: true; data: ResumeData } | { ok: false; notice: Msg };


/** The AM1 checksum: FNV-1a as 5 base-36 characters (a typo slips through about once in 60 million). */
export function checksum(text: string): string {
  return (fnv1a(text) % 36 ** 5).toString(36).padStart(5, '0');
}

/** Crockford's base32 alphabet: no I, L, O or U, so nothing is mistaken for 1, 0 or V when copied. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Characters of the AM2 checksum (30 bits: a typo slips through about once in a billion). */
const CHECK_CHARS = 6;
/** Characters per group in a displayed AM2 code. */
const GROUP = 4;

/** Bytes as Crockford base32, five bits a character, the last character padded with zero bits. */
export function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += CROCKFORD[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += CROCKFORD[(buffer << (5 - bits)) & 31];
  return out;
}

/** Crockford base32 (already normalised: upper case, no separators) back to bytes; null on a stray character. */
export function fromBase32(text: string): Uint8Array | null {
  const bytes = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (const ch of text) {
    const v = CROCKFORD.indexOf(ch);
    if (v < 0) return null;
    buffer = ((buffer << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      if (n < bytes.length) bytes[n++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/**
 * A typed AM2 body in canonical form: spaces and hyphens dropped, upper case, I and L as 1, O as 0.
 * Other characters are kept (and then refused as a typo).
 */
export function normaliseBase32(text: string): string {
  return text.replace(/[\s-]+/g, '').toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
}

/** The AM2/AM3 checksum of a canonical body: 30 bits of FNV-1a as six base32 characters. */
function check32(body: string, version: Version32): string {
  let h = fnv1a(`AM${version}.${body}`) >>> 2;
  let out = '';
  for (let i = 0; i < CHECK_CHARS; i++) {
    out = CROCKFORD[h & 31] + out;
    h >>>= 5;
  }
  return out;
}

/** The one-letter form of a seat in an AM5 code. */
const SEAT_CODE: Record<SideId, string> = { th: 't', kh: 'k' };
const SEAT_BY_CODE: ReadonlyMap<string, SideId> = new Map([['t', 'th'], ['k', 'kh']]);

/**
 * The text a code carries, before compression. AM5 puts the seat right after the digest, then the
 * parent as AM4 does (for a seat's branch).
 */
function payload(data: ResumeData): string {
  const head = `${data.scenarioId}~${data.seed}~${data.difficulty[0]}~${data.log}`;
  if (data.digest === undefined) return head;
  const seat = data.seat ? `~${SEAT_CODE[data.seat]}` : '';
  return data.parent ? `${head}~${data.digest}${seat}~${data.parent.fromRound}~${data.parent.log}` : `${head}~${data.digest}${seat}`;
}

/** The version a code for `data` is written in: 5 for a seat's game, 4 for a branch, 3 with a digest, 2 without. */
function versionOf(data: ResumeData): Version32 {
  if (data.digest === undefined) return 2;
  if (data.seat) return 5;
  return data.parent ? 4 : 3;
}

/**
 * Encodes a game's essentials as an AM3 resume code, e.g. `AM3.1X5G-Q0M4-…-7KD2` (AM4 for a branch
 * with its parent, AM2 when `data` has no digest).
 */
export function encodeResumeCode(data: ResumeData): string {
  const version = versionOf(data);
  const body = toBase32(lz.compressToUint8Array(payload(data)));
  const chars = body + check32(body, version);
  const groups = chars.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? [];
  return `AM${version}.${groups.join('-')}`;
}

/** Encodes a game as an old AM1 code (kept so tests can show such codes still work). */
export function encodeResumeCodeV1(data: ResumeData): string {
  const head = `AM1.${lz.compressToEncodedURIComponent(payload(data))}`;
  return `${head}.${checksum(head)}`;
}

const typo = (): CodeRead => ({ ok: false, notice: msg('menu.code.typo') });

/** Parts of the decompressed text in each version (AM5: without a parent, or with one). */
const PARTS: Record<1 | Version32, readonly number[]> = { 1: [4], 2: [4], 3: [5], 4: [7], 5: [6, 8] };

/** The decompressed text of a code of `version` back into data, or the typo message when it does not make sense. */
function parse(text: string | null, version: 1 | Version32 = 2): CodeRead {
  const all = text ? text.split('~', 9) : [];
  // An AM5 code's seat follows the digest; the rest is laid out as in AM3 (no parent) or AM4 (a parent).
  const seatText = version === 5 ? all[5] ?? '' : '';
  const parts = version === 5 ? [...all.slice(0, 5), ...all.slice(6)] : all;
  const [scenarioId = '', seedText = '', d = '', log = '', digest = '', dayText = '', parentLog = ''] = parts;
  const difficulty = DIFFICULTIES.find((x) => x[0] === d);
  const seed = Number(seedText);
  const fromRound = Number(dayText);
  const seat = SEAT_BY_CODE.get(seatText);
  const branch = version === 4 || (version === 5 && all.length === 8);
  if (!PARTS[version].includes(all.length) || !/^[A-Za-z0-9_-]{1,60}$/.test(scenarioId) || !difficulty || !Number.isInteger(seed) || seedText === '' ||
    (version >= 3 && !/^[0-9A-Z]{6}$/.test(digest)) || (branch && !(/^[1-9][0-9]{0,2}$/.test(dayText) && Number.isInteger(fromRound))) ||
    (version === 5 && !seat)) {
    return typo();
  }
  if (log.length + parentLog.length > MAX_LOG_CHARS) return { ok: false, notice: msg('menu.code.logTooLong', { limit: MAX_LOG_CHARS }) };
  if (version === 2 || version === 1) return { ok: true, data: { scenarioId, seed, difficulty, log } };
  return {
    ok: true,
    data: { scenarioId, seed, difficulty, log, digest, ...(branch ? { parent: { log: parentLog, fromRound } } : {}), ...(seat ? { seat } : {}) },
  };
}

/** An AM1 code with its whitespace removed. */
function decodeV1(code: string, prefix: string): CodeRead {
  const last = code.lastIndexOf('.');
  const head = code.slice(0, last);
  if (last <= prefix.length - 1 || checksum(head) !== code.slice(last + 1)) return typo();
  let text: string | null;
  try {
    text = lz.decompressFromEncodedURIComponent(head.slice(prefix.length));
  } catch {
    text = null;
  }
  return parse(text, 1);
}

/** The part of an AM2, AM3, AM4 or AM5 code after its prefix, as typed. */
function decodeV2(typed: string, version: Version32 = 2): CodeRead {
  const chars = normaliseBase32(typed);
  if (chars.length <= CHECK_CHARS) return typo();
  const body = chars.slice(0, -CHECK_CHARS);
  if (check32(body, version) !== chars.slice(-CHECK_CHARS)) return typo();
  const bytes = fromBase32(body);
  if (!bytes || bytes.length % 2 !== 0) return typo();
  let text: string | null;
  try {
    text = lz.decompressFromUint8Array(bytes);
  } catch {
    text = null;
  }
  return parse(text, version);
}

/**
 * Reads a resume code as typed or pasted. Never throws. Spaces and line breaks are ignored; in an
 * AM2 code hyphens are too, case does not matter, and the dot after `AM2` may be left out.
 */
export function decodeResumeCode(input: string): CodeRead {
  if (input.length > MAX_CODE_CHARS) return { ok: false, notice: msg('menu.code.tooLong', { length: input.length, limit: MAX_CODE_CHARS }) };
  const code = input.replace(/\s+/g, '');
  if (code === '') return { ok: false, notice: msg('menu.code.empty') };
  const version = /^AM(\d+)\./i.exec(code);
  if (!version) {
    // "AM3-1X5G…", "am3 1x5g…" or "AM31X5G…": the dot was left out (every later version has one).
    const loose = /^AM-*([2345])/i.exec(code);
    return loose ? decodeV2(code.slice(loose[0].length), Number(loose[1]) as Version32) : { ok: false, notice: msg('menu.code.notACode') };
  }
  const v = Number(version[1]);
  if (v > CODE_VERSION) return { ok: false, notice: msg('menu.code.newer') };
  if (v === 5 || v === 4 || v === 3) return decodeV2(code.slice(version[0].length), v);
  if (v === 2) return decodeV2(code.slice(version[0].length));
  if (v === 1) return decodeV1(code, version[0]);
  return { ok: false, notice: msg('menu.code.notACode') };
}
