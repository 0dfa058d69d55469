// The high-contrast option: a settings switch that marks <html data-contrast="high">, so the
// theme in contrast.css raises every text colour to 7:1 or more. Saved with the other settings
// and applied before the first screen is drawn, so the game never flashes in the normal palette.

import './contrast.css';
import { readSettings, writeSettings, type Storage } from '../platform/storage';
import { h, uid } from './dom';
import { uiStorage } from './preferences';
import { t } from '../i18n/i18n';

/** Whether the high-contrast theme is on. */
export function isHighContrast(storage: Storage = uiStorage()): boolean {
  return readSettings(storage).highContrast === true;
}

/** Puts the stored choice on the page (called once at start). */
export function applyContrast(doc: Document = document, storage: Storage = uiStorage()): void {
  if (isHighContrast(storage)) doc.documentElement.dataset['contrast'] = 'high';
  else delete doc.documentElement.dataset['contrast'];
}

/** Turns the theme on or off, saves the choice and applies it at once. */
export function setHighContrast(on: boolean, doc: Document = document, storage: Storage = uiStorage()): void {
  writeSettings(storage, { highContrast: on });
  applyContrast(doc, storage);
}

/** A labelled checkbox "High contrast" with its explanation, for the settings screen and pause. */
export function contrastToggle(): HTMLElement {
  const id = uid('contrast');
  return h('div', { class: 'choice toggle' },
    h('input', {
      type: 'checkbox', id, checked: isHighContrast(), 'data-focus': 'contrast', 'aria-describedby': `${id}-help`,
      onchange: (e: Event) => setHighContrast((e.target as HTMLInputElement).checked),
    }),
    h('label', { for: id, text: t('menu.settings.contrast') }),
    h('span', { id: `${id}-help`, class: 'help', text: t('menu.settings.contrastHelp') }),
  );
}
