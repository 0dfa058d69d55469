// The boot and error screens: what shows while the scenario loads, and what shows when it cannot
// load (never a blank page). Error lines name file, path and expectation, and are set as text.

import { button, h, heading } from '../dom';
import type { ScreenContext } from '../context';
import { openFileControl } from '../open-file';

/** Loading screen. */
export function renderBoot(): HTMLElement {
  return h('section', { class: 'screen screen-boot', 'aria-labelledby': 'boot-title' },
    heading(1, 'ASEAN Mediator', 'boot-title'),
    h('p', { role: 'status', text: 'Loading the crisis room…' }),
  );
}

/** Error screen: the loader's messages as a list, and a Retry button. */
export function renderError(ctx: ScreenContext): HTMLElement {
  const lines = (ctx.vm.error ?? 'Unknown error.').split('\n').map((l) => l.trim()).filter(Boolean);
  return h('section', { class: 'screen screen-error panel', 'aria-labelledby': 'error-title' },
    heading(1, 'This scenario could not be loaded', 'error-title'),
    h('p', { text: 'The scenario file has problems. Each line names the file, the place inside it and what was expected. Retry loads the built-in scenario again.' }),
    h('ul', { class: 'error-lines' }, ...lines.map((l) => h('li', { text: l }))),
    h('div', { class: 'button-row' },
      button('Retry', () => ctx.send({ type: 'RETRY' }), { class: 'primary', 'data-focus': 'retry' })),
    openFileControl(ctx.send),
  );
}
