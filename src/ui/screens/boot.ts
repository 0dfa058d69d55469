// The boot and error screens: what shows while the scenario loads, and what shows when it cannot
// load (never a blank page). Error lines name file, path and expectation, and are set as text.

import { button, h, heading } from '../dom';
import type { ScreenContext } from '../context';
import { openFileControl } from '../open-file';
import { t } from '../../i18n/i18n';

/** Loading screen. */
export function renderBoot(): HTMLElement {
  return h('section', { class: 'screen screen-boot', 'aria-labelledby': 'boot-title' },
    heading(1, t('menu.title'), 'boot-title'),
    h('p', { role: 'status', text: t('menu.boot.loading') }),
  );
}

/** Error screen: the loader's messages as a list, and a Retry button. */
export function renderError(ctx: ScreenContext): HTMLElement {
  const lines = (ctx.vm.error ?? t('menu.error.unknown')).split('\n').map((l) => l.trim()).filter(Boolean);
  return h('section', { class: 'screen screen-error panel', 'aria-labelledby': 'error-title' },
    heading(1, t('menu.error.title'), 'error-title'),
    h('p', { text: t('menu.error.help') }),
    h('ul', { class: 'error-lines' }, ...lines.map((l) => h('li', { text: l }))),
    h('div', { class: 'button-row' },
      button(t('menu.error.retry'), () => ctx.send({ type: 'RETRY' }), { class: 'primary', 'data-focus': 'retry' })),
    openFileControl(ctx.send),
  );
}
