// How numbers, dates, meters and the ceasefire read on screen, in one place so every panel, the
// round report and the live region describe the same change the same way. Every word comes from the
// interface text (`common.*`), so the same change reads the same way in each language.

import type { Level, SideId } from '../sim/level';
import type { CeasefireState, MeterChange, MeterId } from '../sim/state';
import { t, tKey } from '../i18n/i18n';
import { say } from './say';
import { dayText, numberText, sourceDayText } from '../i18n/intl';

/** A 0..1 share as a whole percentage in the current language, e.g. 0.484 → "48%" ("៤៨%" in Khmer). */
export function pct(x: number): string {
  const whole = Math.round(x * 100) || 0; // `|| 0` so a tiny negative share never reads "-0%"
  return numberText(whole / 100, { style: 'percent', maximumFractionDigits: 0, useGrouping: false });
}

/** A count with the current language's thousands separators and digits ("12,500", "១២.៥០០"). */
export function count(x: number): string {
  return numberText(Math.round(x) || 0);
}

/**
 * An ISO date as the current language writes it: "10 Dec 2025", "10 ธ.ค. 2568" (Buddhist era),
 * "១០ ធ្នូ ២០២៥" (Khmer digits); anything unparseable is shown as given.
 */
export function date(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return dayText(new Date(time));
}

/**
 * The date of a published source: as `date`, plus the Gregorian year printed on the article where
 * the language counts years in another era ("28 ก.ค. 2568 (ค.ศ. 2025)").
 */
export function sourceDate(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return sourceDayText(new Date(time));
}

/** The side's display name from the level. */
export function sideName(level: Level, side: SideId): string {
  return level.sides[side].name;
}

function rounds(n: number): string {
  return t('common.rounds', { count: Math.round(n) });
}

type MeterKind = 'count' | 'share' | 'bias' | 'rounds';

const GLOBAL_METERS: Record<string, MeterKind> = {
  livesLost: 'count',
  displaced: 'count',
  intensity: 'share',
  aseanCredibility: 'share',
  leverageLeft: 'rounds',
  minesCleared: 'share',
  weaponsWithdrawn: 'share',
};

const SIDE_METERS: Record<string, MeterKind> = {
  pressure: 'share',
  trustOther: 'share',
  trustMediator: 'share',
  bias: 'bias',
};

/** The meters shown for the whole conflict, in display order. */
export const WORLD_METER_IDS = Object.keys(GLOBAL_METERS) as MeterId[];
/** The per-side meter names, in display order. */
export const SIDE_METER_KEYS = Object.keys(SIDE_METERS) as ('pressure' | 'trustOther' | 'trustMediator' | 'bias')[];

/** A meter's kind, its name (the id without the side) and its side, if any. */
function meterDef(meter: MeterId): { name: string; kind: MeterKind; side?: SideId } {
  const [a, b] = meter.split('.');
  if (b !== undefined) return { name: b, kind: SIDE_METERS[b] ?? 'share', side: a as SideId };
  return { name: meter, kind: GLOBAL_METERS[meter] ?? 'share' };
}

/** A meter's name; per-side meters are prefixed with the side when `withSide` is set. */
export function meterLabel(meter: MeterId, level: Level, withSide = true): string {
  const def = meterDef(meter);
  const label = tKey(`common.meter.${def.name}`, undefined, def.name);
  if (!def.side || !withSide) return label;
  const side = sideName(level, def.side);
  return tKey(`common.sideMeter.${def.name}`, { side }, t('common.sideMeterOther', { side, meter: label }));
}

/** A meter's value in words: "48%", "12,500", "3 rounds", "20% toward Thailand". */
export function meterValue(meter: MeterId, value: number, level: Level): string {
  const def = meterDef(meter);
  switch (def.kind) {
    case 'count': return count(value);
    case 'share': return pct(value);
    case 'rounds': return rounds(value);
    case 'bias': {
      if (Math.abs(value) < 0.02) return t('common.bias.neutral');
      const share = pct(Math.abs(value));
      if (!def.side) return value > 0 ? t('common.bias.towardIt', { share }) : t('common.bias.againstIt', { share });
      const side = sideName(level, def.side);
      return value > 0 ? t('common.bias.toward', { share, side }) : t('common.bias.against', { share, side });
    }
  }
}

/** The size of a change without its sign: "5 pts", "1,200", "1 round". */
export function changeSize(meter: MeterId, delta: number): string {
  const def = meterDef(meter);
  const d = Math.abs(delta);
  if (def.kind === 'count') return count(d);
  if (def.kind === 'rounds') return rounds(d);
  const pts = Math.round(d * 100);
  return pts === 0 ? t('common.change.underOnePt') : t('common.change.pts', { count: pts });
}

/** A change's direction: a stable key (for CSS classes), its arrow and its word. */
export type Direction = 'up' | 'down' | 'unchanged';

/** Direction arrow and word for a change; `key` stays the same in every language (for classes). */
export function direction(delta: number): { key: Direction; arrow: string; word: string } {
  const key: Direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'unchanged';
  const arrow = key === 'up' ? '▲' : key === 'down' ? '▼' : '•';
  return { key, arrow, word: t(`common.direction.${key}`) };
}

/** A meter and the direction it moved, for screen readers: "Thailand: domestic pressure up". */
export function changeLead(meter: MeterId, delta: number, level: Level): string {
  return t(`common.change.lead.${direction(delta).key}`, { meter: meterLabel(meter, level) });
}

/** One change as a sentence: "Thailand: domestic pressure up 5 pts (48% → 53%): a rocket salvo." */
export function describeChange(c: MeterChange, level: Level): string {
  const d = c.to - c.from;
  return t(`common.change.line.${direction(d).key}`, {
    meter: meterLabel(c.meter, level),
    size: changeSize(c.meter, d),
    from: meterValue(c.meter, c.from, level),
    to: meterValue(c.meter, c.to, level),
    cause: say(level, c.cause),
  });
}

/** The ceasefire's state in words, as a heading or stat ("Ceasefire holding (2 days)"). */
export function ceasefireWords(state: CeasefireState, heldRounds = 0, roundLabel = 'round'): string {
  if (state === 'holding' && heldRounds > 0) {
    return t('common.ceasefire.holdingFor', { count: heldRounds, unit: roundLabel });
  }
  return t(`common.ceasefire.${state}`);
}

/** The ceasefire's state as it reads inside a sentence ("ceasefire holding"). */
export function ceasefireInline(state: CeasefireState): string {
  return t(`common.ceasefireInline.${state}`);
}

const UP_IS_BAD = ['livesLost', 'displaced', 'intensity', 'pressure'];
const NEUTRAL = ['bias', 'leverageLeft'];

/** Whether a change is good or bad news for peace (for colour; the words carry the meaning too). */
export function changeTone(meter: MeterId, delta: number): 'good' | 'bad' | 'neutral' {
  const key = meter.split('.').pop() ?? meter;
  if (delta === 0 || NEUTRAL.includes(key)) return 'neutral';
  return (delta > 0) !== UP_IS_BAD.includes(key) ? 'good' : 'bad';
}
