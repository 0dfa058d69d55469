// Pieces of the briefing: the split between the short first screen (at most about 120 words) and
// "More detail" on demand, the glossary and outside actors, and the content note shown before
// play when the sensitivity setting is on.

import type { Fact, Level } from '../sim/level';
import { h } from './dom';
import { contentNote } from './sensitivity';
import { t } from '../i18n/i18n';

/** Words a briefing's first screen may hold (GAME.md: "at most about 120 words"). */
export const FIRST_SCREEN_WORDS = 120;

/** Number of words in a text. */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/**
 * Splits the briefing facts: as many as fit, in order, with the summary within the word budget go
 * on the first screen (always at least one); the rest go under "More detail".
 */
export function splitBriefing(level: Level, budget = FIRST_SCREEN_WORDS): { first: Fact[]; more: Fact[] } {
  let used = wordCount(level.summary);
  let cut = 0;
  for (const fact of level.briefing) {
    const n = wordCount(fact.text);
    if (cut > 0 && used + n > budget) break;
    used += n;
    cut++;
  }
  return { first: level.briefing.slice(0, cut), more: level.briefing.slice(cut) };
}

/** The glossary as a definition list, or null when the level has none. */
export function glossaryList(level: Level): HTMLElement | null {
  const entries = level.glossary ?? [];
  if (entries.length === 0) return null;
  return h('section', { class: 'glossary', 'aria-labelledby': 'glossary-title' },
    h('h2', { id: 'glossary-title', text: t('menu.briefing.glossary') }),
    h('dl', {}, ...entries.flatMap((e) => [h('dt', { text: e.term }), h('dd', { text: e.definition })])));
}

/** Stands in for the actor's name inside the translated line, so the name can stay bold. */
const SLOT = '\u0000';

/** "<strong>name</strong>: role", in the word order of the current language. */
function actorLine(name: string, role: string): (HTMLElement | string)[] {
  const [before = '', after = ''] = t('menu.briefing.actor', { name: SLOT, role }).split(SLOT);
  return [before, h('strong', { text: name }), after].filter((x) => x !== '');
}

/** The outside actors, or null when the level names none. */
export function actorList(level: Level): HTMLElement | null {
  const actors = level.actors ?? [];
  if (actors.length === 0) return null;
  return h('section', { class: 'actors', 'aria-labelledby': 'actors-title' },
    h('h2', { id: 'actors-title', text: t('menu.briefing.actors') }),
    h('ul', {}, ...actors.map((a) => h('li', {}, ...actorLine(a.name, a.role)))));
}

/** The content note, as a labelled note region. */
export function contentNoteBox(level: Level): HTMLElement {
  return h('section', { class: 'content-note', role: 'note', 'aria-labelledby': 'content-note-title' },
    h('h2', { id: 'content-note-title', text: t('menu.contentNote.title') }),
    h('p', { text: contentNote(level) }));
}
