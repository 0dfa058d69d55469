// "A new version is ready" with a Reload button: shown when a newer version of the game has been
// installed in the background (src/platform/updates.ts). Nothing changes until the player presses
// Reload, so a game in progress is never swapped under them. A bar of its own outside #app, so the
// screens' re-draws never touch it.

import './update-notice.css';
import { h } from './dom';
import { onLanguageChange, t } from '../i18n/i18n';

/** Shows the notice (once); `apply` is called when the player presses Reload. */
export function showUpdateNotice(apply: () => void): void {
  if (document.querySelector('.update-notice')) return;
  const text = h('p', { class: 'update-text' });
  const button = h('button', { type: 'button', class: 'update-reload' });
  const draw = () => {
    text.textContent = t('app.update.ready');
    button.textContent = t('app.update.reload');
  };
  draw();
  onLanguageChange(draw);
  button.addEventListener('click', () => {
    button.disabled = true;
    apply();
  });
  document.body.prepend(h('div', { class: 'update-notice', role: 'status' }, text, button));
}
