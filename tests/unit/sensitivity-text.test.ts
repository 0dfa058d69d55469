// The sensitivity setting's choice of words: with it on, an incident with a soft text shows that
// text (side names filled in) without its death count, and meter changes it caused carry the soft
// text too; incidents without one, and everything with the setting off, stay as they were.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { GameState, IncidentEvent } from '../../src/sim/state';
import { createGame } from '../../src/sim/game';
import { playOut, passive } from '../../src/sim/strategies';
import { contentNote, DEFAULT_CONTENT_NOTE, sensitiveViewModel, softIncident } from '../../src/ui/sensitivity';
import { shippedLevel } from '../helpers/level';
import { incidentLine, say } from '../../src/ui/say';

let level: Level;
let game: GameState;
beforeAll(async () => {
  level = await shippedLevel('december-2025');
  game = playOut(level, createGame(level, { seed: 7, difficulty: 'violent' }), passive);
});

const incidents = (g: GameState) => g.reports.flatMap((r) => r.incidents);

describe('sensitive incident text', () => {
  it('uses the soft text with side names and drops the death count', () => {
    const def = level.incidents.find((d) => d.softText && d.deaths > 0 && d.victim !== 'either')!;
    const hard: IncidentEvent = { id: def.id, kind: def.kind, victim: def.victim as 'th' | 'kh', deaths: def.deaths, displaced: def.displaced, violation: true };
    const soft = softIncident(level, hard);
    const words = incidentLine(level, soft);
    expect(words).not.toContain('{victim}');
    expect(words).toContain(level.sides[hard.victim].name.split(' ')[0]!);
    expect(soft.deaths).toBe(0);
    expect(soft.displaced).toBe(def.displaced);
  });

  it('leaves an incident without a soft text as it is', () => {
    const def = level.incidents.find((d) => d.softText === undefined)!;
    const e: IncidentEvent = { id: def.id, kind: def.kind, victim: 'th', deaths: 0, displaced: 0, violation: false };
    expect(softIncident(level, e)).toBe(e);
  });

  it('softens every report and cause of a played game when on, and nothing when off', () => {
    const vm = { screen: 'world' as const, level, game, error: null, refusal: null };
    expect(sensitiveViewModel(vm, false)).toBe(vm);
    const soft = sensitiveViewModel(vm, true).game!;
    expect(sensitiveViewModel(vm, true).game).toBe(soft);
    const softened = incidents(game).map((i) => softIncident(level, i));
    expect(incidents(soft)).toEqual(softened);
    const hardWords = incidents(game).map((i) => incidentLine(level, i));
    const changed = hardWords.filter((w, n) => incidentLine(level, softened[n]!) !== w);
    expect(changed.length).toBeGreaterThan(0);
    for (const c of soft.reports.flatMap((r) => r.changes)) expect(changed).not.toContain(say(level, c.cause));
    expect(game.reports.flatMap((r) => r.changes).some((c) => changed.includes(say(level, c.cause)))).toBe(true);
    expect(soft.livesLost).toBe(game.livesLost);
    expect(soft.cues).toBe(game.cues);
  });

  it('shows the scenario’s content note, or a default one', () => {
    expect(contentNote({ ...level, contentNote: 'Mentions war.' })).toBe('Mentions war.');
    const { contentNote: _omit, ...bare } = level;
    expect(contentNote(bare)).toBe(DEFAULT_CONTENT_NOTE);
  });
});
