// The zod schema of a scenario file. Level JSON is data written by hand (by us, or by a teacher),
// so every field is checked here before the sim sees it; validate.ts turns failures into
// one-line messages and checks the references between parts of the file.

import type { IssueId, LeverName, Level } from '../sim/level';
import { LEVER_TYPES } from '../sim/lever-names';
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

/** Every mediator lever a scenario may offer or unlock (`levers`, `unlocks`), from the levers' one list. */
export const LEVER_NAMES = [...LEVER_TYPES, 'propose'] as const satisfies readonly LeverName[];

const ID_RE = /^[a-z0-9][a-z0-9_-]*$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TEXT_RE = /\S/;
const FACT_REF_RE = /^(briefing|debrief)\.(0|[1-9]\d*)$/;

/** Patterns (as zod reports them, `String(regex)`) mapped to the plain words for a mismatch. */
export const FORMAT_HINTS: Readonly<Record<string, string>> = {
  [String(ID_RE)]: 'an id of lower-case letters, digits, "-" or "_"',
  [String(TEXT_RE)]: 'non-empty text',
  [String(DATE_RE)]: 'a date as YYYY-MM-DD',
  [String(FACT_REF_RE)]: 'a line of the scenario as "briefing.N" or "debrief.N"',
};

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
const isoDate = z.string().regex(DATE_RE).refine(isIsoDate, { params: { expected: 'date' } });
const unit = z.number().min(0).max(1);
const signed = z.number().min(-1).max(1);
/** More people than live in both countries together: a count above it is a typo, not a scenario. */
export const MAX_PEOPLE = 100_000_000;
/** Deaths in one round at full intensity; far above any real figure, and small enough that a whole game stays finite. */
export const MAX_DEATHS_AT_FULL_INTENSITY = 10_000;
const people = z.int().min(0).max(MAX_PEOPLE);
const multiplier = z.number().min(0).max(3);
const issueId = z.enum(ISSUE_IDS);
const weights = z.partialRecord(issueId, unit);

const fact = z.strictObject({
  text,
  date: isoDate.optional(),
  source: id.optional(),
  alsoSources: z.array(id).min(1).optional(),
});

const oneSideClaim = z.strictObject({
  side: z.enum(['th', 'kh']),
  claim: text,
  facts: z.array(z.string().regex(FACT_REF_RE)).min(1),
});

const source = z.strictObject({
  id,
  publisher: text,
  date: isoDate,
  title: text,
  url: z.httpUrl(),
  titleIsDescription: z.boolean().optional(),
  origin: z.enum(['th', 'kh', 'other']).optional(),
  oneSide: z.array(oneSideClaim).min(1).optional(),
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
  softText: text.optional(),
});

const site = z.strictObject({
  id,
  name: text,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  side: z.enum(['th', 'kh', 'border']),
});

const difficultyEntry = z.strictObject({ hazard: multiplier, pressure: signed });

const leverName = z.enum(LEVER_NAMES);
const glossaryEntry = z.strictObject({ term: text, definition: text });
const actor = z.strictObject({ id, name: text, role: text });
const hint = z.strictObject({ round: z.int().min(1).max(12), text });

/** The level schema with its full zod type, for tools that walk the shape (error messages). */
export const levelObjectSchema = z.strictObject({
  $schema: z.string().optional().describe('Editor hint: "./schema.json". Ignored by the game.'),
  id: id.describe('Unique id, also the file name: lower-case letters, digits, "-" or "_".'),
  title: text.describe('Title shown on the menu and the briefing.'),
  date: isoDate.describe('The date the scenario starts, YYYY-MM-DD.'),
  summary: text.describe('One or two sentences under the title.'),
  minutes: z.int().min(5).max(90).optional().describe('Expected minutes to play, for teachers planning a lesson.'),
  contentNote: text.optional().describe('Shown before play when the sensitivity setting is on.'),
  glossary: z.array(glossaryEntry).optional().describe('Terms explained under "More detail" in the briefing.'),
  actors: z.array(actor).optional().describe('Outside actors named in the scenario.'),
  hints: z.array(hint).optional().describe('A hint shown at the start of a round.'),
  levers: z.array(leverName).min(1).optional().describe('Levers offered; all when absent.'),
  unlocks: z.partialRecord(leverName, z.int().min(1).max(12)).optional().describe('Round from which a lever may be used.'),
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
    deathsAtFullIntensity: z.number().min(0).max(MAX_DEATHS_AT_FULL_INTENSITY),
    displacedAtFullIntensity: people,
    livesLost: people,
    displaced: people,
    aseanCredibility: unit,
    leverageRounds: z.int().min(0).max(12),
    ceasefire: z.enum(['none', 'agreed', 'holding']).optional(),
  }),
  difficulty: z.strictObject({ calm: difficultyEntry, tense: difficultyEntry, violent: difficultyEntry }),
});

/** The schema of a scenario file; its output is exactly a `Level` (the editor's `$schema` key is dropped). */
export const levelSchema: z.ZodType<Level> = levelObjectSchema.transform(({ $schema: _editorHint, ...level }) => level);

// Both directions, so the schema can neither drop a field of Level nor add one.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesLevel: Exact<Omit<z.output<typeof levelObjectSchema>, '$schema'>, Level> = true;
const allLeversListed: Exact<(typeof LEVER_NAMES)[number], LeverName> = true;
void allLeversListed;
const allIssueIdsListed: Exact<(typeof ISSUE_IDS)[number], IssueId> = true;
void schemaMatchesLevel;
void allIssueIdsListed;
