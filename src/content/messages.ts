// Turns zod issues into one-line messages in plain words: `path: what was expected, what was
// found`. Teachers edit level files by hand, so a message must point at the exact spot and say
// what to write there, without zod's jargon.

import { FORMAT_HINTS, ISSUE_IDS, levelObjectSchema } from './schema';
import { z } from './zod';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** Collapses whitespace and caps the length, so any text fits on one line of a report. */
export function oneLine(s: string, max = 160): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A thrown value as one short line; never throws itself. */
export function describeError(e: unknown): string {
  try {
    return oneLine(e instanceof Error ? e.message : String(e));
  } catch {
    return 'unknown error';
  }
}

/** A path as `sides.th.start.pain` or `issues[2].options`; the empty path is `(root)`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENT.test(key)) out += out ? `.${key}` : key;
    else out += `[${quote(String(key)).replace(/:/g, '\\u003a')}]`;
  }
  return out || '(root)';
}

function quote(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 39)}…` : s);
}

/** The JSON kind of a value in plain words. */
function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A short rendering of a value for "got …". */
function preview(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return `an ${kind(value)}`;
}

function lookup(data: unknown, path: Path): { found: boolean; value: unknown } {
  let cur: unknown = data;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null || typeof key === 'symbol') return { found: false, value: undefined };
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return { found: false, value: undefined };
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: cur };
}

function fieldsAt(path: Path): string[] {
  let s: unknown = levelObjectSchema;
  for (const key of path) {
    while (s instanceof z.ZodOptional) s = s.unwrap();
    if (s instanceof z.ZodObject && typeof key === 'string') s = (s.shape as Record<string, unknown>)[key];
    else if (s instanceof z.ZodArray && typeof key === 'number') s = s.element;
    else return [];
  }
  while (s instanceof z.ZodOptional) s = s.unwrap();
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * Unknown keys for which a "did you mean" is looked for. Only the first lines of a report are shown
 * anyway, and a file of thousands of unknown keys must not take seconds to check.
 */
export const MAX_SUGGESTIONS = 40;

function unknownKey(path: Path, key: string, suggest: boolean): string {
  const last = path[path.length - 1];
  if (last === 'weights' || last === 'domesticWeights') {
    return `unknown issue id ${quote(key)} (expected one of: ${ISSUE_IDS.join(', ')})`;
  }
  if (!suggest) return `unknown field ${quote(key)}`;
  const allowed = fieldsAt(path);
  const near = allowed.find((f) => distance(f, key) <= Math.min(2, Math.floor(key.length / 3)));
  if (near) return `unknown field ${quote(key)} (did you mean "${near}"?)`;
  if (allowed.length > 0 && allowed.length <= 10) return `unknown field ${quote(key)} (expected one of: ${allowed.join(', ')})`;
  return `unknown field ${quote(key)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

const NOUNS: Record<string, string> = {
  options: 'options',
  issues: 'issues',
  briefing: 'facts',
  debrief: 'facts',
  sources: 'sources',
  incidents: 'incidents',
  sites: 'sites',
};

function bound(issue: Issue & { code: 'too_small' | 'too_big' }, value: unknown, path: Path): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'array') {
    const last = path[path.length - 1];
    const noun = (typeof last === 'string' && NOUNS[last]) || 'items';
    const n = Array.isArray(value) ? `, got ${value.length}` : '';
    return `expected ${small ? 'at least' : 'at most'} ${limit} ${noun}${n}`;
  }
  if (issue.origin === 'string') return `expected ${small ? 'at least' : 'at most'} ${limit} characters`;
  const words = small ? (inclusive ? 'at least' : 'greater than') : inclusive ? 'at most' : 'less than';
  return `expected a number ${words} ${limit}, got ${preview(value)}`;
}

/** How many "did you mean" searches a report may still make; shared by all issues of one file. */
export interface SuggestionBudget {
  left: number;
}

/**
 * One or more `path: message` lines for one zod issue; `data` is the input that was parsed.
 * `budget` caps the "did you mean" searches over a whole report (MAX_SUGGESTIONS when omitted).
 */
export function issueLines(issue: Issue, data: unknown, budget: SuggestionBudget = { left: MAX_SUGGESTIONS }): string[] {
  const path = issue.path;
  const at = lookup(data, path);
  const parent = path.slice(0, -1);
  const last = path[path.length - 1];
  if (issue.code !== 'unrecognized_keys' && !at.found && last !== undefined && lookup(data, parent).found) {
    return [`${formatPath(parent)}: missing field ${quote(String(last))}`];
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (path.length === 0) return [`(root): expected an object holding a level, got ${kind(at.value)}`];
      // JSON such as 1e999 parses to Infinity, which is a number to JavaScript but not to the game.
      if (typeof at.value === 'number' && !Number.isFinite(at.value) && (issue.expected === 'number' || issue.expected === 'int')) {
        return [`${formatPath(path)}: expected ${expected}, got ${preview(at.value)} (not a finite number: too large to use)`];
      }
      if (issue.expected === 'int' && typeof at.value === 'number') {
        return [`${formatPath(path)}: expected a whole number, got ${preview(at.value)}`];
      }
      return [`${formatPath(path)}: expected ${expected}, got ${kind(at.value)}`];
    }
    case 'too_small':
    case 'too_big':
      return [`${formatPath(path)}: ${bound(issue, at.value, path)}`];
    case 'invalid_format': {
      const pattern = 'pattern' in issue ? String(issue.pattern) : '';
      const hint =
        issue.format === 'regex'
          ? (FORMAT_HINTS[pattern] ?? `text matching ${pattern}`)
          : issue.format === 'url'
            ? 'a web address starting with http:// or https://'
            : `text in the ${issue.format} format`;
      return [`${formatPath(path)}: expected ${hint}, got ${preview(at.value)}`];
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return [`${formatPath(path)}: expected one of ${values}, got ${preview(at.value)}`];
    }
    case 'unrecognized_keys':
      return issue.keys.map((k) => `${formatPath(path)}: ${unknownKey(path, k, budget.left-- > 0)}`);
    case 'custom': {
      if (issue.params?.['expected'] === 'date') {
        return [`${formatPath(path)}: expected a date as YYYY-MM-DD, got ${preview(at.value)}`];
      }
      return [`${formatPath(path)}: ${oneLine(issue.message)}`];
    }
    default:
      return [`${formatPath(path)}: invalid value (${oneLine(issue.message)})`];
  }
}
