// The concept check's file format: five questions per scenario, one on each idea the game teaches
// (ripeness, verification, leverage and backlash, reservation values, ratification), each with its
// options, the right one and a short explanation; and the translation files that give the same
// questions' words in another language. Checked like scenario files: every problem names the file,
// the path inside it and what was expected (see checks.ts).

import { z } from './zod';

/** The ideas a concept check asks about, one question each. */
export const CONCEPTS = ['ripeness', 'verification', 'leverage', 'reservation', 'ratification'] as const;

/** One of the ideas the game teaches. */
export type Concept = (typeof CONCEPTS)[number];

const id = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/);
const text = z.string().trim().min(1).max(400);

const optionSchema = z.strictObject({ id, text: text.max(200) });

const questionSchema = z.strictObject({
  id,
  concept: z.enum(CONCEPTS),
  prompt: text,
  options: z.array(optionSchema).min(2).max(5),
  answer: id,
  explanation: text,
}).superRefine((q, ctx) => {
  const ids = q.options.map((o) => o.id);
  ids.forEach((o, i) => {
    if (ids.indexOf(o) !== i) ctx.addIssue({ code: 'custom', path: ['options', i, 'id'], message: `option id "${o}" is used twice: give each option its own id` });
  });
  if (!ids.includes(q.answer)) {
    ctx.addIssue({ code: 'custom', path: ['answer'], message: `expected the id of one of this question's options (${ids.join(', ')}), got "${q.answer}"` });
  }
});

/** A concept-check file (`levels/checks/<id>.json`): its set id and five questions, in English. */
export const checkSetSchema = z.strictObject({
  $comment: z.string().optional(),
  id,
  questions: z.array(questionSchema).length(CONCEPTS.length),
}).superRefine((set, ctx) => {
  const seen = new Set<string>();
  set.questions.forEach((q, i) => {
    if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `question id "${q.id}" is used twice: give each question its own id` });
    seen.add(q.id);
  });
  for (const concept of CONCEPTS) {
    if (!set.questions.some((q) => q.concept === concept)) {
      ctx.addIssue({ code: 'custom', path: ['questions'], message: `expected a question on "${concept}" (one on each of: ${CONCEPTS.join(', ')})` });
    }
  }
});

/** A validated concept-check set. */
export type CheckSet = z.infer<typeof checkSetSchema>;
/** One question of a set. */
export type CheckQuestion = CheckSet['questions'][number];

/** A translation file (`levels/i18n/<lang>/checks/<id>.json`): the words of each question by its id. */
export const checkTextSchema = z.strictObject({
  $comment: z.string().optional(),
  questions: z.record(id, z.strictObject({
    prompt: text,
    options: z.record(id, text.max(200)),
    explanation: text,
  })),
});

/** The words of a set in one language. */
export type CheckText = z.infer<typeof checkTextSchema>;
