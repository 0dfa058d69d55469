// A compact text form of a decision log, so a resume code stays short enough to write down: one
// capital letter per lever (plus a letter for the side or tone; K consults a delegation), and a
// package as one character per issue (the option's index in the scenario's issue order). `E` ends
// a round. A hot-seat team's answer follows its package: `h`, the side, then `a` (accept), `r`
// (reject) or `c` and the team's counter-offer in the same one-character-per-issue form. A
// delegation's own lever: `N` (statement to its public: side, then `f` firm or `c` calm), `R`
// (request for observers), `Q` (complaint to ASEAN), `B` (bilateral call), each with its side. The
// property test plays every lever of the catalogue, so a new lever without a code fails.

import type { Level, SideId } from '../sim/level';
import type { HumanAnswer, MediatorAction, Proposal } from '../sim/state';
import { completeCounter } from '../sim/counter';

type Simple = Extract<MediatorAction, { type: 'host_talks' | 'hotline' | 'ask_priorities' | 'us_tariff_threat' | 'us_incentive' | 'aid_package' | 'deploy_observers' | 'demining_teams' | 'corridors' | 'end_round' }>['type'];

const SIMPLE: Record<Simple, string> = {
  host_talks: 'H', hotline: 'L', ask_priorities: 'P', us_tariff_threat: 'T', us_incentive: 'I',
  aid_package: 'G', deploy_observers: 'O', demining_teams: 'D', corridors: 'C', end_round: 'E',
};
const SIMPLE_BY_CODE = new Map(Object.entries(SIMPLE).map(([type, code]) => [code, type as Simple]));
const SIDE: Record<SideId, string> = { th: 't', kh: 'k' };
const SIDE_BY_CODE: Record<string, SideId> = { t: 'th', k: 'kh' };

/** A package as one base-36 character per issue. @throws if it uses an option the level lacks */
function encodeTerms(level: Level, proposal: Proposal): string {
  return level.issues.map((issue) => {
    const i = issue.options.findIndex((o) => o.id === proposal[issue.id]);
    if (i < 0 || i >= 36) throw new Error(`no option "${String(proposal[issue.id])}" for ${issue.id}`);
    return i.toString(36);
  }).join('');
}

/** Reads a package of one character per issue at `at`; null if a character names no option. */
function decodeTerms(level: Level, text: string, at: number): Proposal | null {
  const proposal: Proposal = {};
  let i = at;
  for (const issue of level.issues) {
    const c = text[i] ?? '';
    const option = issue.options[Number.parseInt(c, 36)];
    if (!option || !/^[0-9a-z]$/.test(c)) return null;
    proposal[issue.id] = option.id;
    i += 1;
  }
  return proposal;
}

/** A team's answer: `a`, `r`, or `c` and its counter-offer (completed as the sim completes it). */
function encodeHuman(level: Level, proposal: Proposal, v: HumanAnswer): string {
  if (typeof v === 'object') return `c${encodeTerms(level, completeCounter(level, proposal, v.counter ?? {}))}`;
  return v === 'accept' ? 'a' : 'r';
}

/** Encodes a log for `level`. @throws if a package uses an option the level lacks */
export function encodeLog(level: Level, log: readonly MediatorAction[]): string {
  return log.map((a) => {
    switch (a.type) {
      case 'shuttle': return `S${SIDE[a.side]}`;
      case 'advise': return `A${SIDE[a.side]}`;
      case 'consult': return `K${SIDE[a.side]}`;
      case 'statement': return `M${SIDE[a.side]}${a.tone === 'praise' ? 'p' : 'b'}`;
      case 'public_statement': return `N${SIDE[a.side]}${a.tone === 'firm' ? 'f' : 'c'}`;
      case 'request_observers': return `R${SIDE[a.side]}`;
      case 'complain': return `Q${SIDE[a.side]}`;
      case 'bilateral_call': return `B${SIDE[a.side]}`;
      case 'propose': {
        const humans = Object.entries(a.humans ?? {})
          .filter((e): e is [string, HumanAnswer] => e[1] !== undefined)
          .map(([side, v]) => `h${SIDE[side as SideId]}${encodeHuman(level, a.proposal, v)}`);
        return `X${encodeTerms(level, a.proposal)}${humans.join('')}`;
      }
      default: {
        const code: string | undefined = SIMPLE[a.type];
        if (!code) throw new Error(`no code for action "${String((a as { type: unknown }).type)}"`);
        return code;
      }
    }
  }).join('');
}

/** Decodes a log for `level`; null when the text does not fit the level. */
export function decodeLog(level: Level, text: string): MediatorAction[] | null {
  const out: MediatorAction[] = [];
  let i = 0;
  const side = (c: string | undefined): SideId | null => (c !== undefined ? SIDE_BY_CODE[c] ?? null : null);
  while (i < text.length) {
    const c = text[i]!;
    const simple = SIMPLE_BY_CODE.get(c);
    if (simple) {
      out.push({ type: simple });
      i += 1;
    } else if (c === 'S' || c === 'A' || c === 'K') {
      const s = side(text[i + 1]);
      if (!s) return null;
      out.push({ type: c === 'S' ? 'shuttle' : c === 'A' ? 'advise' : 'consult', side: s });
      i += 2;
    } else if (c === 'R' || c === 'Q' || c === 'B') {
      const s = side(text[i + 1]);
      if (!s) return null;
      out.push({ type: c === 'R' ? 'request_observers' : c === 'Q' ? 'complain' : 'bilateral_call', side: s });
      i += 2;
    } else if (c === 'N') {
      const s = side(text[i + 1]);
      const tone = text[i + 2] === 'f' ? 'firm' : text[i + 2] === 'c' ? 'calm' : null;
      if (!s || !tone) return null;
      out.push({ type: 'public_statement', side: s, tone });
      i += 3;
    } else if (c === 'M') {
      const s = side(text[i + 1]);
      const tone = text[i + 2] === 'p' ? 'praise' : text[i + 2] === 'b' ? 'blame' : null;
      if (!s || !tone) return null;
      out.push({ type: 'statement', side: s, tone });
      i += 3;
    } else if (c === 'X') {
      const proposal = decodeTerms(level, text, i + 1);
      if (!proposal) return null;
      i += 1 + level.issues.length;
      const humans: Partial<Record<SideId, HumanAnswer>> = {};
      while (text[i] === 'h') {
        const s = side(text[i + 1]);
        const v = text[i + 2];
        if (!s) return null;
        if (v === 'a' || v === 'r') {
          humans[s] = v === 'a' ? 'accept' : 'reject';
          i += 3;
        } else if (v === 'c') {
          const counter = decodeTerms(level, text, i + 3);
          if (!counter) return null;
          humans[s] = { verdict: 'counter', counter };
          i += 3 + level.issues.length;
        } else {
          return null;
        }
      }
      out.push(Object.keys(humans).length ? { type: 'propose', proposal, humans } : { type: 'propose', proposal });
    } else {
      return null;
    }
  }
  return out;
}
