// A lit directive that marks an element as changed when a value bound to it changes between two
// renders: it restarts the element's "changed" class, so the row glows once. The last value lives
// in the directive, that is with the element itself, so nothing outside the page has to remember it.

import { noChange } from 'lit-html';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit-html/directive.js';

class GlowOnChange extends Directive {
  private last: number | undefined;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('glowOnChange belongs on an element');
  }

  render(value: number): unknown {
    void value;
    return noChange;
  }

  override update(part: ElementPart, [value]: [number]): unknown {
    const el = part.element;
    if (this.last !== undefined && this.last !== value) {
      // Off now, on again next frame: the animation restarts without forcing a layout mid-update.
      el.classList.remove('changed');
      const win = el.ownerDocument.defaultView;
      if (win) win.requestAnimationFrame(() => el.classList.add('changed'));
      else el.classList.add('changed');
    }
    this.last = value;
    return noChange;
  }
}

/** Adds the class "changed" to the element (restarting its animation) each time `value` changes. */
export const glowOnChange = directive(GlowOnChange);
