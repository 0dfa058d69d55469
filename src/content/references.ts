// Checks that need the whole file at once: ids that must be unique, and references from one
// part of a level to another (weights to open issues, incidents to sites, dated facts to
// sources). The schema checks each value alone; this runs after it passes.

import type { Fact, Level } from '../sim/level';
import { SIDES } from '../sim/level';
import { formatPath } from './messages';

type Path = readonly (string | number)[];

function line(path: Path, message: string): string {
  return `${formatPath(path)}: ${message}`;
}

function list(ids: readonly string[]): string {
  return ids.length > 0 ? ids.join(', ') : 'none defined';
}

/** Lines for every id that repeats an earlier one in `items` (found at `base[i].id`). */
function duplicates(items: readonly { id: string }[], base: Path, what: string): string[] {
  const first = new Map<string, number>();
  const out: string[] = [];
  items.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else out.push(line([...base, i, 'id'], `expected a unique ${what} id, "${item.id}" is already used by ${formatPath([...base, seen])}`));
  });
  return out;
}

function weightLines(level: Level, open: readonly string[]): string[] {
  const out: string[] = [];
  for (const side of SIDES) {
    for (const field of ['weights', 'domesticWeights'] as const) {
      const weights = level.sides[side][field];
      let total = 0;
      for (const [issue, w] of Object.entries(weights)) {
        if (!open.includes(issue)) {
          out.push(line(['sides', side, field, issue], `expected an issue open in this level (${list(open)}), got "${issue}"`));
        } else total += w ?? 0;
      }
      if (total <= 0) out.push(line(['sides', side, field], 'expected a positive weight for at least one open issue'));
    }
  }
  return out;
}

function factLines(facts: readonly Fact[], field: 'briefing' | 'debrief', sources: readonly string[]): string[] {
  const out: string[] = [];
  facts.forEach((fact, i) => {
    if (fact.source === undefined) {
      if (fact.date !== undefined) out.push(line([field, i, 'source'], 'expected a source id for a dated fact'));
      if (fact.alsoSources !== undefined) out.push(line([field, i, 'alsoSources'], 'expected a main source in "source" before further ones'));
    } else if (!sources.includes(fact.source)) {
      out.push(line([field, i, 'source'], `expected a source id from sources (${list(sources)}), got "${fact.source}"`));
    }
    fact.alsoSources?.forEach((id, j) => {
      if (!sources.includes(id)) {
        out.push(line([field, i, 'alsoSources', j], `expected a source id from sources (${list(sources)}), got "${id}"`));
      } else if (id === fact.source || fact.alsoSources!.indexOf(id) !== j) {
        out.push(line([field, i, 'alsoSources', j], `expected each source once per line, "${id}" is listed twice`));
      }
    });
  });
  return out;
}

/** Lines for `oneSide` notes: each must name a briefing/debrief line that cites the source. */
function oneSideLines(level: Level): string[] {
  const out: string[] = [];
  level.sources.forEach((source, i) => {
    source.oneSide?.forEach((note, j) => {
      note.facts.forEach((ref, k) => {
        const [field, index] = ref.split('.') as ['briefing' | 'debrief', string];
        const fact = level[field][Number(index)];
        const path = ['sources', i, 'oneSide', j, 'facts', k];
        if (!fact) {
          out.push(line(path, `expected a line that exists (${field} has ${level[field].length}), got "${ref}"`));
        } else if (fact.source !== source.id && !fact.alsoSources?.includes(source.id)) {
          out.push(line(path, `expected ${ref} to cite "${source.id}" in source or alsoSources`));
        }
      });
    });
  });
  return out;
}

/** Lines for levers, unlocks and hints: unlocked levers must be offered, rounds within `rounds`. */
function roundLines(level: Level): string[] {
  const out: string[] = [];
  const offered = level.levers;
  offered?.forEach((lever, i) => {
    if (offered.indexOf(lever) !== i) out.push(line(['levers', i], `expected each lever once, "${lever}" is listed twice`));
  });
  for (const [lever, round] of Object.entries(level.unlocks ?? {})) {
    if (offered && !offered.includes(lever as (typeof offered)[number])) {
      out.push(line(['unlocks', lever], `expected a lever offered in levers (${list(offered)}), got "${lever}"`));
    }
    if (round !== undefined && round > level.rounds) {
      out.push(line(['unlocks', lever], `expected a round from 1 to rounds (${level.rounds}), got ${round}`));
    }
  }
  level.hints?.forEach((hint, i) => {
    if (hint.round > level.rounds) out.push(line(['hints', i, 'round'], `expected a round from 1 to rounds (${level.rounds}), got ${hint.round}`));
  });
  return out;
}

/** `path: message` lines for every broken cross-reference or repeated id; empty when sound. */
export function checkReferences(level: Level): string[] {
  const open = level.issues.map((i) => i.id);
  const siteIds = level.sites.map((s) => s.id);
  const sourceIds = level.sources.map((s) => s.id);
  const out: string[] = [
    ...duplicates(level.issues, ['issues'], 'issue'),
    ...level.issues.flatMap((issue, i) => duplicates(issue.options, ['issues', i, 'options'], 'option')),
    ...duplicates(level.incidents, ['incidents'], 'incident'),
    ...duplicates(level.sites, ['sites'], 'site'),
    ...duplicates(level.sources, ['sources'], 'source'),
    ...weightLines(level, open),
    ...factLines(level.briefing, 'briefing', sourceIds),
    ...factLines(level.debrief, 'debrief', sourceIds),
    ...oneSideLines(level),
    ...duplicates(level.actors ?? [], ['actors'], 'actor'),
    ...roundLines(level),
  ];
  level.incidents.forEach((incident, i) => {
    if (incident.site !== undefined && !siteIds.includes(incident.site)) {
      out.push(line(['incidents', i, 'site'], `expected a site id from sites (${list(siteIds)}), got "${incident.site}"`));
    }
  });
  if (level.verificationRounds >= level.rounds) {
    out.push(line(['verificationRounds'], `expected fewer than rounds (${level.rounds}), got ${level.verificationRounds}`));
  }
  return out;
}
