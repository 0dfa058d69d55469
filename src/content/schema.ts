// The zod schema of a scenario file. Level JSON is data written by hand (by us, or by a teacher),
// so every field is checked here before the sim sees it; validate.ts turns failures into
// one-line messages and checks the references between parts of the file.

import type { IssueId, Level } from '../sim/level';
import { z } from './zod';

/** Every issue id a scenario may open, in the order of GAME.md. */
export const ISSUE_IDS = [
  'scope',
  'withdrawal',
  'demining',
  'detainees',
  'observers',
  'civilians',
  'trade',
  'boundary',
] as const satisfies readonly IssueId[];

const ID_RE = /^[a-z0-9][a-z0-9_-]*$/;
const TEXT_RE = /\S/;

/** Patterns (as zod reports them, `String(regex)`) mapped to the plain words for a mismatch. */
export const FORMAT_HINTS: Readonly<Record<string, string>> = {
  [String(ID_RE)]: 'an id of lower-case letters, digits, "-" or "_"',
  [String(TEXT_RE)]: 'non-empty text',
};
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const id = z.string().regex(ID_RE);
const text = z.string().regex(TEXT_RE);
const isoDate = z.string().refine(isIsoDate, { params: { expected: 'date' } });
const unit = z.number().min(0).max(1);
const signed = z.number().min(-1).max(1);
const people = z.int().min(0);
const multiplier = z.number().min(0).max(3);
const issueId = z.enum(ISSUE_IDS);
const weights = z.partialRecord(issueId, unit);

const fact = z.strictObject({ text, date: isoDate.optional(), source: id.optional() });

const source = z.strictObject({
  id,
  publisher: text,
  date: isoDate,
  title: text,
  url: z.httpUrl(),
});

const effects = z.strictObject({
  hazard: multiplier.optional(),
  demining: unit.optional(),
  returns: unit.optional(),
  verifies: z.boolean().optional(),
  withdrawal: unit.optional(),
  leverage: unit.optional(),
  publicLeverage: z.boolean().optional(),
  noAirStrikes: z.boolean().optional(),
});

const option = z.strictObject({
  id,
  label: text,
  value: z.strictObject({ th: unit, kh: unit }),
  effects: effects.optional(),
});

const issue = z.strictObject({
  id: issueId,
  label: text,
  help: text,
  options: z.array(option).min(2),
});

const side = z.strictObject({
  name: text,
  capital: text,
  weights,
  domesticWeights: weights,
  start: z.strictObject({
    pain: unit,
    edge: signed,
    pressure: unit,
    trustOther: unit,
    trustMediator: unit,
    bias: signed,
  }),
  rv0: unit,
  beta0: z.number().gt(0).max(10),
  w0: unit,
  walkout: unit,
  backlash: unit,
});

const incident = z.strictObject({
  id,
  kind: z.enum(['landmine', 'skirmish', 'rockets', 'airstrike', 'rally', 'rumour']),
  weight: z.number().min(0).max(10),
  victim: z.enum(['th', 'kh', 'either']),
  text,
  deaths: people,
  displaced: people,
  pressure: unit,
  intensity: unit,
  violation: z.boolean(),
  site: id.optional(),
});

const site = z.strictObject({
  id,
  name: text,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  side: z.enum(['th', 'kh', 'border']),
});

const difficultyEntry = z.strictObject({ hazard: multiplier, pressure: signed });

/** The level schema with its full zod type, for tools that walk the shape (error messages). */
export const levelObjectSchema = z.strictObject({
  id,
  title: text,
  date: isoDate,
  summary: text,
  briefing: z.array(fact).min(1),
  debrief: z.array(fact).min(1),
  sources: z.array(source),
  rounds: z.int().min(4).max(12),
  roundLabel: text,
  capitalPerRound: z.int().min(1).max(10),
  verificationRounds: z.int().min(0).max(12),
  issues: z.array(issue).min(1).max(ISSUE_IDS.length),
  sides: z.strictObject({ th: side, kh: side }),
  incidents: z.array(incident).min(1),
  sites: z.array(site).min(1),
  world: z.strictObject({
    hazard: z.number().min(0).max(5),
    intensity: unit,
    deathsAtFullIntensity: z.number().min(0),
    displacedAtFullIntensity: people,
    livesLost: people,
    displaced: people,
    aseanCredibility: unit,
    leverageRounds: z.int().min(0).max(12),
  }),
  difficulty: z.strictObject({ calm: difficultyEntry, tense: difficultyEntry, violent: difficultyEntry }),
});

/** The schema of a scenario file; its output is exactly a `Level`. */
export const levelSchema: z.ZodType<Level> = levelObjectSchema;

// Both directions, so the schema can neither drop a field of Level nor add one.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesLevel: Exact<z.output<typeof levelObjectSchema>, Level> = true;
const allIssueIdsListed: Exact<(typeof ISSUE_IDS)[number], IssueId> = true;
void schemaMatchesLevel;
void allIssueIdsListed;
