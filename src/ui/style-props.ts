// A lit directive that sets inline style properties through the CSSOM (`style.setProperty`), never
// as a style attribute: the page's Content-Security-Policy (style-src 'self') blocks style
// attributes, and lit's own styleMap writes one on its first render.

import { noChange } from 'lit-html';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit-html/directive.js';

class StyleProps extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps belongs on an element');
  }

  render(props: Record<string, string>): unknown {
    void props;
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string>]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(props)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return noChange;
  }
}

/** Sets each CSS property of `props` (custom properties too) on the element, in place. */
export const styleProps = directive(StyleProps);
