// The class pages' language: the browser's if the game speaks it, else English; a switch on the
// page changes it, and the page's `lang` attribute follows so Thai and Khmer line-break correctly.

import { html, type TemplateResult } from 'lit-html';
import { language, setLanguage, t } from '../i18n/i18n';
import { LANGUAGES, isLang } from '../i18n/languages';

/** Sets the starting language from the browser's preferences. */
export async function initLanguage(): Promise<void> {
  const wanted = navigator.languages.map((l) => l.slice(0, 2).toLowerCase()).find(isLang) ?? 'en';
  await setLanguage(wanted);
  document.documentElement.lang = language();
}

/** The language switch; `changed` redraws the page once the language is loaded. */
export function languageSwitch(changed: () => void): TemplateResult {
  const pick = async (e: Event) => {
    await setLanguage((e.target as HTMLSelectElement).value);
    document.documentElement.lang = language();
    changed();
  };
  return html`<label class="lang">${t('class.language')}
    <select @change=${pick}>
      ${LANGUAGES.map((l) => html`<option value=${l.code} ?selected=${l.code === language()} lang=${l.code}>${l.native}</option>`)}
    </select></label>`;
}
