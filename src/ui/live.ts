// The screen-reader news feed: answers, incidents and meter changes are written to the page's
// polite live region (#live) as they happen, since nothing drawn on the canvas is ever announced.

import { h } from './dom';

/** Writes messages into the live region. */
export interface LiveRegion {
  /** Replaces the region's content with these lines (each its own paragraph). */
  announce(lines: string[]): void;
}

/** Finds #live (creating it when the page lacks it) and returns an announcer. */
export function createLiveRegion(doc: Document = document): LiveRegion {
  let region = doc.getElementById('live');
  if (!region) {
    region = h('div', { id: 'live', 'aria-live': 'polite', class: 'visually-hidden' });
    doc.body.appendChild(region);
  }
  const target = region;
  return {
    announce(lines) {
      if (lines.length === 0) return;
      // Clearing first, then filling on the next frame, makes screen readers read repeated text.
      target.replaceChildren();
      const fill = () => target.replaceChildren(...lines.map((l) => h('p', { text: l })));
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(fill);
      else fill();
    },
  };
}
