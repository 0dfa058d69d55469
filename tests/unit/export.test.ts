// The teacher's export: CSV that Excel opens with Thai and Khmer intact (BOM), one row per
// decision with the round's meters, cells escaped so commas, quotes and newlines never split a row,
// and JSON with the same rows plus the outcome.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import { createGame, step } from '../../src/sim/game';
import { playOut, sensible } from '../../src/sim/strategies';
import { csvCell, decisionRows, exportFileName, toCsv, toJson, type GameExport } from '../../src/platform/export';
import { shippedLevel } from '../helpers/level';
import { parseCsv } from '../helpers/csv';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel();
});

describe('CSV cells', () => {
  it('quotes commas, doubles quotes and keeps newlines inside one cell', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(parseCsv(`${['x', csvCell('a, "b"\nc'), 3].join(',')}\r\n`)).toEqual([['x', 'a, "b"\nc', '3']]);
  });

  it('defuses text a spreadsheet would run as a formula, but keeps numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('decision log export', () => {
  it('writes a BOM, a header and one row per decision with the meters of its round', () => {
    const g = playOut(level, createGame(level, { seed: 7, difficulty: 'calm' }), sensible);
    const csv = toCsv(level, g);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    const [header, ...body] = rows;
    expect(header?.slice(0, 4)).toEqual(['step', 'round', 'action', 'details']);
    expect(header).toContain('end_of_round_livesLost');
    expect(body).toHaveLength(g.log.length);
    for (const r of body) expect(r).toHaveLength(header!.length);
    const lastEnd = body.filter((r) => r[2] === 'End the round').at(-1)!;
    expect(Number(lastEnd[header!.indexOf('end_of_round_livesLost')])).toBe(Math.round(g.livesLost));
    expect(body.some((r) => r[2] === 'Table a package' && /accepts|rejects|counters/.test(r[3] ?? ''))).toBe(true);
  });

  it('keeps a team’s reason with commas and quotes inside a single cell', () => {
    let g = createGame(level, { seed: 3 });
    const proposal = Object.fromEntries(level.issues.map((i) => [i.id, i.options[0]!.id]));
    g = step(level, g, { type: 'propose', proposal, humans: { th: 'reject' } }).state;
    g = step(level, g, { type: 'end_round' }).state;
    const reason = 'Too soon, "not yet"\nwe need observers';
    const rows = parseCsv(toCsv(level, g, { 0: { th: reason } }).slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[1]?.[3]).toContain(`Thailand (a team) rejects "${reason}"`);
  });

  it('gives JSON with the same decisions, the rounds and the outcome', () => {
    const g = playOut(level, createGame(level, { seed: 11 }), sensible);
    const doc = JSON.parse(toJson(level, g)) as GameExport;
    expect(doc.format).toBe('asean-mediator-log');
    expect(doc.seed).toBe(11);
    expect(doc.decisions).toEqual(decisionRows(level, g).rows);
    expect(doc.rounds).toHaveLength(g.reports.length);
    expect(doc.outcome).toEqual(g.outcome);
    expect(exportFileName(g, 'json')).toBe('asean-mediator-december-2025-seed11.json');
  });
});
