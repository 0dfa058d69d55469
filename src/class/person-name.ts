// A name a student typed, shown as text in its own script: Thai or Khmer names get their `lang`
// (so the right face and line breaking apply) and that face is loaded even on a page in another
// language.

import { html, type TemplateResult } from 'lit-html';
import { loadFont } from '../i18n/fonts';
import { scriptLang } from '../ui/say';

const asked = new Set<string>();

/** The name as a text node in a span marked with its script's language. */
export function personName(name: string): TemplateResult {
  const lang = scriptLang(name);
  if (lang !== 'en' && !asked.has(lang)) {
    asked.add(lang);
    void loadFont(lang);
  }
  return lang === 'en' ? html`<span>${name}</span>` : html`<span lang=${lang}>${name}</span>`;
}
