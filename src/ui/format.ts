// How numbers, dates, meters and the ceasefire read on screen, in one place so every panel, the
// round report and the live region describe the same change the same way.

import type { Level, SideId } from '../sim/level';
import type { CeasefireState, MeterChange, MeterId } from '../sim/state';

/** A 0..1 share as a whole percentage, e.g. 0.484 → "48%". */
export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** A count with thousands separators. */
export function count(x: number): string {
  return Math.round(x).toLocaleString('en-GB');
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
/** An ISO date as "10 Dec 2025"; anything unparseable is shown as given. */
export function date(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : DATE.format(new Date(t));
}

/** The side's display name from the level. */
export function sideName(level: Level, side: SideId): string {
  return level.sides[side].name;
}

function rounds(n: number): string {
  const r = Math.round(n);
  return `${r} ${r === 1 ? 'round' : 'rounds'}`;
}

type MeterKind = 'count' | 'share' | 'bias' | 'rounds';

const GLOBAL_METERS: Record<string, { label: string; kind: MeterKind }> = {
  livesLost: { label: 'Lives lost', kind: 'count' },
  displaced: { label: 'Civilians displaced', kind: 'count' },
  intensity: { label: 'Fighting intensity', kind: 'share' },
  aseanCredibility: { label: 'ASEAN credibility', kind: 'share' },
  leverageLeft: { label: 'US leverage left', kind: 'rounds' },
  minesCleared: { label: 'Mines cleared', kind: 'share' },
  weaponsWithdrawn: { label: 'Heavy weapons withdrawn', kind: 'share' },
};

const SIDE_METERS: Record<string, { label: string; kind: MeterKind }> = {
  pressure: { label: 'Domestic pressure', kind: 'share' },
  trustOther: { label: 'Trust in the other side', kind: 'share' },
  trustMediator: { label: 'Trust in the mediator', kind: 'share' },
  bias: { label: 'Perceived bias', kind: 'bias' },
};

/** The meters shown for the whole conflict, in display order. */
export const WORLD_METER_IDS = Object.keys(GLOBAL_METERS) as MeterId[];
/** The per-side meter names, in display order. */
export const SIDE_METER_KEYS = Object.keys(SIDE_METERS) as ('pressure' | 'trustOther' | 'trustMediator' | 'bias')[];

function meterDef(meter: MeterId): { label: string; kind: MeterKind; side?: SideId } {
  const [a, b] = meter.split('.');
  if (b !== undefined) {
    const def = SIDE_METERS[b] ?? { label: b, kind: 'share' as const };
    return { ...def, side: a as SideId };
  }
  return GLOBAL_METERS[meter] ?? { label: meter, kind: 'share' };
}

/** A meter's name; per-side meters are prefixed with the side when `withSide` is set. */
export function meterLabel(meter: MeterId, level: Level, withSide = true): string {
  const def = meterDef(meter);
  return def.side && withSide ? `${sideName(level, def.side)}: ${def.label.toLowerCase()}` : def.label;
}

/** A meter's value in words: "48%", "12,500", "3 rounds", "20% toward Thailand". */
export function meterValue(meter: MeterId, value: number, level: Level): string {
  const def = meterDef(meter);
  switch (def.kind) {
    case 'count': return count(value);
    case 'share': return pct(value);
    case 'rounds': return rounds(value);
    case 'bias': {
      if (Math.abs(value) < 0.02) return 'neutral';
      const who = def.side ? sideName(level, def.side) : 'it';
      return `${pct(Math.abs(value))} ${value > 0 ? 'toward' : 'against'} ${who}`;
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
  return pts === 0 ? 'under 1 pt' : `${pts} ${pts === 1 ? 'pt' : 'pts'}`;
}

/** Direction arrow and word for a change. */
export function direction(delta: number): { arrow: string; word: string } {
  if (delta > 0) return { arrow: '▲', word: 'up' };
  if (delta < 0) return { arrow: '▼', word: 'down' };
  return { arrow: '•', word: 'unchanged' };
}

/** One change as a sentence: "Thailand: domestic pressure up 5 pts (48% → 53%): a rocket salvo." */
export function describeChange(c: MeterChange, level: Level): string {
  const d = c.to - c.from;
  return `${meterLabel(c.meter, level)} ${direction(d).word} ${changeSize(c.meter, d)} ` +
    `(${meterValue(c.meter, c.from, level)} → ${meterValue(c.meter, c.to, level)}): ${c.cause}`;
}

const CEASEFIRE: Record<CeasefireState, string> = {
  none: 'No ceasefire',
  agreed: 'Ceasefire agreed, not yet tested',
  holding: 'Ceasefire holding',
  formalised: 'Ceasefire formalised',
  violated: 'Ceasefire violated',
  collapsed: 'Ceasefire collapsed',
};

/** The ceasefire's state in words. */
export function ceasefireWords(state: CeasefireState, heldRounds = 0, roundLabel = 'round'): string {
  if (state === 'holding' && heldRounds > 0) {
    const unit = roundLabel.toLowerCase();
    return `${CEASEFIRE.holding} (${heldRounds} ${heldRounds === 1 ? unit : `${unit}s`})`;
  }
  return CEASEFIRE[state];
}

const UP_IS_BAD = ['livesLost', 'displaced', 'intensity', 'pressure'];
const NEUTRAL = ['bias', 'leverageLeft'];

/** Whether a change is good or bad news for peace (for colour; the words carry the meaning too). */
export function changeTone(meter: MeterId, delta: number): 'good' | 'bad' | 'neutral' {
  const key = meter.split('.').pop() ?? meter;
  if (delta === 0 || NEUTRAL.includes(key)) return 'neutral';
  return (delta > 0) !== UP_IS_BAD.includes(key) ? 'good' : 'bad';
}
