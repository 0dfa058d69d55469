// What a classroom needs from every campaign scenario, checked on the shipped files: a lesson-sized
// length, a short first briefing screen, the glossary terms the brief promises, a content note,
// gentler wording for every incident that hurts people, and sources for every dated fact.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import { shippedLevel } from '../helpers/level';

const CAMPAIGN = ['chong-bok-2025', 'july-2025', 'august-2025', 'october-2025', 'december-2025'] as const;
const REQUIRED_TERMS = ['ASEAN Observer Team', 'General Border Committee', 'Joint Boundary Commission', 'Ottawa Convention', 'BM-21', 'Annex I map', 'MOU 2000', 'TMAC', 'CMAC / CMAA'];
const HURTS = new Set(['landmine', 'rockets', 'airstrike']);

const levels = new Map<string, Level>();
beforeAll(async () => {
  for (const id of CAMPAIGN) levels.set(id, await shippedLevel(id));
});

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe.each(CAMPAIGN)('content of %s', (id) => {
  it('fits a lesson and keeps the first briefing screen short', () => {
    const level = levels.get(id)!;
    expect(level.minutes).toBeGreaterThanOrEqual(15);
    expect(level.minutes).toBeLessThanOrEqual(25);
    expect(level.briefing.reduce((n, f) => n + words(f.text), 0)).toBeLessThanOrEqual(125);
  });

  it('explains the promised terms and names its outside actors', () => {
    const level = levels.get(id)!;
    const terms = (level.glossary ?? []).map((g) => g.term);
    for (const term of REQUIRED_TERMS) expect(terms, term).toContain(term);
    expect(new Set(terms).size).toBe(terms.length);
    expect((level.actors ?? []).map((a) => a.id)).toContain('malaysia');
  });

  it('has a content note and a gentler text for every incident that can hurt people', () => {
    const level = levels.get(id)!;
    expect(level.contentNote?.length ?? 0).toBeGreaterThan(40);
    for (const incident of level.incidents) {
      if (incident.deaths > 0 || HURTS.has(incident.kind)) {
        expect(incident.softText, incident.id).toBeTruthy();
        expect(incident.softText, incident.id).not.toMatch(/killed|dead|wound|injur|loses a (leg|foot)/i);
      }
    }
  });

  it('backs every dated fact with a listed source, and shows disputed facts from both sides', () => {
    const level = levels.get(id)!;
    const ids = new Set(level.sources.map((s) => s.id));
    for (const fact of [...level.briefing, ...level.debrief]) {
      if (fact.date) expect(ids.has(fact.source ?? ''), fact.text).toBe(true);
    }
    const disputed = level.debrief.filter((f) => f.text.startsWith('Still disputed'));
    expect(disputed.length).toBeGreaterThan(0);
    for (const f of disputed) expect(f.text).toMatch(/Thailand[\s\S]*Cambodia|Cambodia[\s\S]*Thailand/);
  });
});

describe('the tutorial', () => {
  it('opens one lever at a time, with a hint for every day', () => {
    const level = levels.get('chong-bok-2025')!;
    const rounds = Object.values(level.unlocks ?? {});
    expect(new Set(rounds).size).toBe(rounds.length);
    expect(level.levers).toEqual(expect.arrayContaining(Object.keys(level.unlocks ?? {})));
    for (let r = 1; r <= level.rounds; r++) expect(level.hints?.some((h) => h.round === r), `day ${r}`).toBe(true);
    expect(level.issues.length).toBe(3);
  });
});
