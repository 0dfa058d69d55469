// The concept checks as content: every shipped set (one per scenario and the general set) passes the
// schema, asks one question on each idea, and has every word in Thai, Khmer and Malay in that
// language's script; a broken file is reported with its file, the path inside it and what was
// expected; the player's language is laid over the English; scenarios without a set of their own
// ask the general one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONCEPTS, type CheckSet } from '../../src/content/check-schema';
import { applyCheckText, CHECK_SET_IDS, checkSetFor, GENERAL_SET, loadCheck, validateCheckSet, validateCheckText } from '../../src/content/checks';
import { LEVEL_IDS, OPEN_CRISIS } from '../../src/content/levels';
import { FOREIGN_SCRIPT, OWN_SCRIPT } from '../helpers/i18n-check';

const file = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as unknown;

function shippedSet(id: string): CheckSet {
  const r = validateCheckSet(`levels/checks/${id}.json`, file(`levels/checks/${id}.json`));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

describe('the shipped concept checks', () => {
  it('give every shipped scenario its own set, and an open crisis or a teacher\'s scenario the general set', () => {
    for (const id of LEVEL_IDS.filter((l) => l !== OPEN_CRISIS)) expect(checkSetFor(id), id).toBe(id);
    expect(checkSetFor('open-crisis-42')).toBe(GENERAL_SET);
    expect(checkSetFor('teacher-crisis')).toBe(GENERAL_SET);
  });

  it.each(CHECK_SET_IDS)('%s: five questions, one on each idea, each with its right answer among its options', (id) => {
    const set = shippedSet(id);
    expect(set.id).toBe(id);
    expect(set.questions.map((q) => q.concept).sort()).toEqual([...CONCEPTS].sort());
    for (const q of set.questions) expect(q.options.map((o) => o.id)).toContain(q.answer);
  });

  it('do not always put the right answer in the same place', () => {
    const places = CHECK_SET_IDS.flatMap((id) => shippedSet(id).questions.map((q) => q.options.findIndex((o) => o.id === q.answer)));
    expect(new Set(places).size).toBeGreaterThanOrEqual(3);
  });

  for (const lang of ['th', 'km', 'ms'] as const) {
    it.each(CHECK_SET_IDS)(`${lang}: %s has every question, option and explanation, in ${lang}'s script`, (id) => {
      const set = shippedSet(id);
      const path = `levels/i18n/${lang}/checks/${id}.json`;
      const r = validateCheckText(path, file(path), set);
      if (!r.ok) throw new Error(r.errors.join('\n'));
      const wrong: string[] = [];
      for (const q of set.questions) {
        const w = r.value.questions[q.id];
        if (!w) { wrong.push(`${q.id}: missing`); continue; }
        const texts = [w.prompt, w.explanation, ...q.options.map((o) => w.options[o.id] ?? '')];
        texts.forEach((text, i) => {
          if (!text) wrong.push(`${q.id}[${i}]: missing`);
          else if (!OWN_SCRIPT[lang]!.test(text) || FOREIGN_SCRIPT[lang]!.test(text)) wrong.push(`${q.id}[${i}]: not in ${lang}'s script: ${text}`);
        });
      }
      expect(wrong).toEqual([]);
    });
  }

  it('loads a set in the player\'s language, with the same ids and right answers as the English', async () => {
    const en = await loadCheck('july-2025', 'en');
    const km = await loadCheck('july-2025', 'km');
    expect(en?.questions[0]?.prompt).toMatch(/fighting/);
    expect(km?.questions[0]?.prompt).toMatch(/[\u1780-\u17FF]/);
    expect(km?.questions.map((q) => [q.id, q.answer, q.options.map((o) => o.id)])).toEqual(en?.questions.map((q) => [q.id, q.answer, q.options.map((o) => o.id)]));
    expect(await loadCheck('open-crisis-7', 'th')).toMatchObject({ id: GENERAL_SET });
  });
});

describe('a broken concept-check file', () => {
  const good = () => JSON.parse(JSON.stringify(file('levels/checks/general.json'))) as { questions: Record<string, unknown>[] };

  it('names the file, the path and what was expected', () => {
    const bad = good();
    bad.questions[2]!['answer'] = 'z';
    delete (bad.questions[4] as Record<string, unknown>)['explanation'];
    (bad.questions[1]!['options'] as unknown[]).splice(1);
    const r = validateCheckSet('levels/checks/mine.json', bad);
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors).toContain('levels/checks/mine.json: questions[2].answer: expected the id of one of this question\'s options (a, b, c), got "z"');
    expect(errors).toContain('levels/checks/mine.json: questions[4]: missing field "explanation"');
    expect(errors).toContain('levels/checks/mine.json: questions[1].options: expected at least 2 options, got 1');
  });

  it('reports an idea asked twice and another left out, and a question id used twice', () => {
    const bad = good();
    bad.questions[0]!['concept'] = 'leverage';
    bad.questions[3]!['id'] = bad.questions[1]!['id'];
    const errors = (() => { const r = validateCheckSet('levels/checks/mine.json', bad); return r.ok ? [] : r.errors; })();
    expect(errors).toContain('levels/checks/mine.json: questions: expected a question on "ripeness" (one on each of: ripeness, verification, leverage, reservation, ratification)');
    expect(errors.some((e) => e.startsWith('levels/checks/mine.json: questions[3].id: question id'))).toBe(true);
  });

  it('reports a translation that names a question or option the set does not have', () => {
    const set = shippedSet('general');
    const text = file('levels/i18n/ms/checks/general.json') as { questions: Record<string, { options: Record<string, string> }> };
    text.questions['ripness'] = text.questions['ripeness']!;
    text.questions['ripeness']!.options['d'] = 'Pilihan keempat.';
    const r = validateCheckText('levels/i18n/ms/checks/general.json', text, set);
    expect(r.ok ? [] : r.errors).toEqual([
      'levels/i18n/ms/checks/general.json: questions.ripeness.options.d: no option "d" in this question (expected one of: a, b, c)',
      'levels/i18n/ms/checks/general.json: questions.ripness: no question "ripness" in set "general" (expected one of: ripeness, verification, leverage, reservation, ratification)',
    ]);
  });

  it('lays a translation over the English and keeps English where a word is missing', () => {
    const set = shippedSet('general');
    const out = applyCheckText(set, { questions: { ripeness: { prompt: 'Bila?', options: { a: 'A' }, explanation: 'Sebab.' } } });
    expect(out.questions[0]).toMatchObject({ prompt: 'Bila?', explanation: 'Sebab.' });
    expect(out.questions[0]?.options.map((o) => o.text)).toEqual(['A', set.questions[0]!.options[1]!.text, set.questions[0]!.options[2]!.text]);
    expect(out.questions[1]).toEqual(set.questions[1]);
  });
});
