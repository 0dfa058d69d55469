// "Open a scenario file": lets a teacher try a scenario of their own without building the game.
// The file is read as text here and sent to the machines, which validate it like a shipped level.

import { h, uid } from './dom';
import type { Send } from './context';
import { t } from '../i18n/i18n';
import { loadLevelChecker } from '../content/level-gate';
import { loadEngine } from '../machines/engine-load';

/** Largest scenario file accepted (a real one is a few tens of KB). */
const MAX_BYTES = 1_000_000;

/** A labelled file input that sends the chosen file's text as a LEVEL_TEXT event. */
export function openFileControl(send: Send): HTMLElement {
  const id = uid('open-level');
  const input = h('input', { type: 'file', id, accept: '.json,application/json', 'data-focus': 'open-level' }) as HTMLInputElement;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      send({ type: 'LEVEL_TEXT', file: file.name, text: '' });
      return;
    }
    // The checker loads with the file (it is not part of the first download), and the rules engine
    // with it, since the file's game starts from the menu at once.
    Promise.all([file.text(), loadLevelChecker().catch(() => undefined), loadEngine().catch(() => undefined)]).then(
      ([text]) => send({ type: 'LEVEL_TEXT', file: file.name, text }),
      () => send({ type: 'LEVEL_TEXT', file: file.name, text: '' }),
    );
  });
  return h('div', { class: 'open-file' },
    h('label', { for: id, text: t('menu.openFile.label') }),
    input,
    h('span', { class: 'help', text: t('menu.openFile.help') }),
  );
}
