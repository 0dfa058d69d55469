// Self-hosted Noto faces for scripts the default fonts may lack: Thai and Khmer. Each is loaded
// only when its language is chosen (its own CSS chunk and woff2 files, same origin), then awaited
// so the canvas draws labels in the right face.

import type { Lang } from './languages';

const FONTS: Partial<Record<Lang, { css: () => Promise<unknown>; family: string; sample: string }>> = {
  th: { css: () => import('@fontsource-variable/noto-sans-thai/wght.css'), family: 'Noto Sans Thai Variable', sample: 'กขค' },
  km: { css: () => import('@fontsource-variable/noto-sans-khmer/wght.css'), family: 'Noto Sans Khmer Variable', sample: 'កខគ' },
};

const pending = new Map<Lang, Promise<void>>();

/** Loads the face for `lang` in a browser (no-op elsewhere and for Latin scripts); never rejects. */
export function loadFont(lang: Lang): Promise<void> {
  const font = FONTS[lang];
  if (!font || typeof document === 'undefined') return Promise.resolve();
  let p = pending.get(lang);
  if (!p) {
    p = font.css()
      .then(() => document.fonts.load(`16px "${font.family}"`, font.sample))
      .then(() => undefined, () => undefined);
    pending.set(lang, p);
  }
  return p;
}
