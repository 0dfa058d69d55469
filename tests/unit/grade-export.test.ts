// The concept check and the memo in the teacher's export: the CSV gains the grade columns after the
// meters (decision rows leave them empty), one row per question with the answers before and after
// play and whether each was right, a total row with the scores out of five, and one row per memo
// prompt with its text; the JSON gains `grade` with the same; the record is kept per game in storage.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import { createGame, step } from '../../src/sim/game';
import { toCsv, toJson, type GameExport } from '../../src/platform/export';
import { GRADE_COLUMNS, gradeExport } from '../../src/platform/grade-export';
import { validateCheckSet } from '../../src/content/checks';
import type { CheckSet } from '../../src/content/check-schema';
import { emptyGrade, gameKey, type GradeRecord } from '../../src/machines/grade';
import { followGrades, keepGrade, MAX_GRADES, readGrades, recallGrade } from '../../src/platform/grade-store';
import { createStorage } from '../../src/platform/storage';
import { shippedLevel } from '../helpers/level';
import { parseCsv } from '../helpers/csv';

let level: Level;
let set: CheckSet;
beforeAll(async () => {
  level = await shippedLevel();
  const r = validateCheckSet('levels/checks/december-2025.json', JSON.parse(readFileSync('levels/checks/december-2025.json', 'utf8')));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  set = r.value;
});

function record(): GradeRecord {
  const game = createGame(level, { seed: 3, difficulty: 'tense' });
  const g = emptyGrade(gameKey(game), set.id);
  // Before play: ripeness and verification right, leverage wrong, two left blank.
  const right = Object.fromEntries(set.questions.map((q) => [q.id, q.answer]));
  const wrongLeverage = set.questions.find((q) => q.id === 'leverage')!.options.find((o) => o.id !== right['leverage'])!.id;
  return {
    ...g,
    before: { status: 'answered', answers: { ripeness: right['ripeness']!, verification: right['verification']!, leverage: wrongLeverage, reservation: null, ratification: null } },
    after: { status: 'answered', answers: right },
    memo: { tried: 'Hotline first, then observers, "then" a package, with commas', refused: '=SUM(A1) because the public would not ratify', lasting: 'Demining\nand observers' },
  };
}

describe('the concept check and memo in the CSV', () => {
  it('adds the grade columns after the meters and leaves them empty on decision rows', () => {
    let game = createGame(level, { seed: 3, difficulty: 'tense' });
    game = step(level, game, { type: 'host_talks' }).state;
    game = step(level, game, { type: 'end_round' }).state;
    const rows = parseCsv(toCsv(level, game, {}, gradeExport(set, record())).replace(/^\uFEFF/, ''));
    const header = rows[0]!;
    expect(header.slice(-GRADE_COLUMNS.length)).toEqual([...GRADE_COLUMNS]);
    expect(rows.every((r) => r.length === header.length), 'every row has every column').toBe(true);
    const decisions = rows.slice(1, 3);
    expect(decisions.map((r) => r[0])).toEqual(['1', '2']);
    for (const r of decisions) expect(r.slice(-GRADE_COLUMNS.length).every((c) => c === '')).toBe(true);
  });

  it('gives one row per question with the answers before and after and whether each was right, then the scores and the memo', () => {
    const game = createGame(level, { seed: 3, difficulty: 'tense' });
    const rows = parseCsv(toCsv(level, game, {}, gradeExport(set, record())).replace(/^\uFEFF/, ''));
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const byQuestion = new Map(rows.slice(1).filter((r) => r[col('check_question')]).map((r) => [r[col('check_question')]!, r]));
    expect([...byQuestion.keys()]).toEqual(['ripeness', 'verification', 'leverage', 'reservation', 'ratification', 'total']);
    const leverage = byQuestion.get('leverage')!;
    expect(leverage[col('check_concept')]).toBe('leverage');
    expect(leverage[col('check_before_right')]).toBe('no');
    expect(leverage[col('check_after_right')]).toBe('yes');
    expect(leverage[col('check_prompt')]).toMatch(/outside pressure/);
    expect(byQuestion.get('reservation')![col('check_before')], 'a blank answer is an empty cell').toBe('');
    expect(byQuestion.get('reservation')![col('check_before_right')]).toBe('no');
    expect(byQuestion.get('total')![col('check_before')]).toBe('2');
    expect(byQuestion.get('total')![col('check_after')]).toBe('5');
    const memo = Object.fromEntries(rows.slice(1).filter((r) => r[col('memo_prompt')]).map((r) => [r[col('memo_prompt')], r[col('memo_text')]]));
    expect(memo).toEqual({
      tried: 'Hotline first, then observers, "then" a package, with commas',
      refused: "'=SUM(A1) because the public would not ratify",
      lasting: 'Demining\nand observers',
    });
  });

  it('says "skipped" or "pending" where a sitting was not answered', () => {
    const game = createGame(level, { seed: 3, difficulty: 'tense' });
    const r = { ...record(), before: { status: 'skipped' as const }, after: { status: 'pending' as const } };
    const rows = parseCsv(toCsv(level, game, {}, gradeExport(set, r)).replace(/^\uFEFF/, ''));
    const header = rows[0]!;
    const total = rows.find((x) => x[header.indexOf('check_question')] === 'total')!;
    expect([total[header.indexOf('check_before')], total[header.indexOf('check_after')]]).toEqual(['skipped', 'pending']);
    const first = rows.find((x) => x[header.indexOf('check_question')] === 'ripeness')!;
    expect([first[header.indexOf('check_before')], first[header.indexOf('check_before_right')]]).toEqual(['skipped', '']);
  });

  it('keeps the old columns exactly when there is no record', () => {
    const game = createGame(level, { seed: 3, difficulty: 'tense' });
    expect(parseCsv(toCsv(level, game).replace(/^\uFEFF/, ''))[0]).not.toContain('check_question');
  });
});

describe('the concept check and memo in the JSON', () => {
  it('carries the scores, every question and the memo', () => {
    const game = createGame(level, { seed: 3, difficulty: 'tense' });
    const doc = JSON.parse(toJson(level, game, {}, gradeExport(set, record()))) as GameExport;
    expect(doc.grade).toMatchObject({ set: 'december-2025', before: 'answered', after: 'answered', beforeScore: 2, afterScore: 5 });
    expect(doc.grade?.questions.find((q) => q.question === 'leverage')).toMatchObject({ beforeRight: false, afterRight: true });
    expect(doc.grade?.memo.lasting).toBe('Demining\nand observers');
    expect((JSON.parse(toJson(level, game)) as GameExport).grade).toBeUndefined();
  });
});

describe('the grade records kept in storage', () => {
  it('stores a record once something is in it, finds it by its game, and keeps the newest twenty', () => {
    const storage = createStorage(null);
    const follow = followGrades(storage);
    const fresh = emptyGrade('december-2025~1~tense', 'december-2025');
    follow({ grade: fresh });
    expect(readGrades(storage), 'an untouched record is not written').toEqual([]);
    const written = { ...fresh, memo: { ...fresh.memo, tried: 'talks' } };
    follow({ grade: written });
    expect(recallGrade(storage, fresh.key)).toEqual(written);
    for (let i = 0; i < MAX_GRADES + 3; i++) keepGrade(storage, emptyGrade(`july-2025~${i}~calm`, 'july-2025'));
    expect(readGrades(storage)).toHaveLength(MAX_GRADES);
    expect(readGrades(storage)[0]?.key).toBe(`july-2025~${MAX_GRADES + 2}~calm`);
    expect(recallGrade(storage, fresh.key), 'the oldest is dropped').toBeNull();
  });

  it('reads back only what a record can hold', () => {
    const storage = createStorage(null);
    storage.set('asean-mediator:v1:grades', [
      { key: 'a~1~calm', set: 'general', before: { status: 'answered', answers: { ripeness: 'b', x: 7 } }, after: 'nonsense', memo: { tried: 'y'.repeat(3000), refused: 5 } },
      'garbage', null,
    ]);
    const [g] = readGrades(storage);
    expect(readGrades(storage)).toHaveLength(1);
    expect(g).toMatchObject({ before: { status: 'answered', answers: { ripeness: 'b', x: null } }, after: { status: 'pending' }, memo: { refused: '', lasting: '' } });
    expect(g?.memo.tried).toHaveLength(2000);
  });
});
