// The language switch, on every screen: one button per shipped language, each written in its own
// script and marked with its own `lang`, so a reader finds theirs without reading the current one.
// The DOM layer puts the same element at the top of every screen it draws.

import { LANGUAGES, type Lang } from '../i18n/languages';
import { language, onLanguageChange, t } from '../i18n/i18n';
import { h } from './dom';

/** Builds the switch; `choose` switches and saves the language. */
export function createLanguageSwitch(choose: (lang: Lang) => void): HTMLElement {
  const buttons = LANGUAGES.map((l) => h('button', {
    type: 'button', lang: l.code, class: 'lang-button', 'data-lang': l.code, 'data-focus': `lang-${l.code}`,
    onclick: () => { if (language() !== l.code) choose(l.code); },
  }, l.native));
  const nav = h('nav', { class: 'language-switch', id: 'language-switch' }, ...buttons);
  const sync = () => {
    nav.setAttribute('aria-label', t('app.language.label'));
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset['lang'] === language()));
  };
  sync();
  onLanguageChange(sync);
  return nav;
}
