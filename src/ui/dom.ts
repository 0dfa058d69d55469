// Tiny element builder for the DOM layer's static parts (screens drawn once per snapshot). Text
// always goes in as text nodes (never innerHTML), so scenario text, which comes from data files, can
// never inject markup. A lit template may be a child: it is rendered into the element once.

import { render, type TemplateResult } from 'lit-html';

/** Anything that can be a child: nodes, text, or nothing (skipped). */
export type Child = Node | TemplateResult | string | number | null | undefined | false;

/** Attributes: strings/numbers set as attributes, booleans toggle them, functions become listeners. */
export type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

/**
 * Creates an element with attributes, listeners (`onclick`, `onchange`, …) and children.
 * `class` sets className; `text` sets textContent.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      el.addEventListener(key.replace(/^on/, ''), value);
    } else if (key === 'class') {
      el.className = String(value);
    } else if (key === 'text') {
      el.textContent = String(value);
    } else if (key === 'style') {
      // Through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' allows.
      el.style.cssText = String(value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, ...children);
  return el;
}

/** Appends children, turning strings and numbers into text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (typeof c === 'string' || typeof c === 'number') parent.appendChild(document.createTextNode(String(c)));
    else if (c instanceof Node) parent.appendChild(c);
    else {
      const part = document.createDocumentFragment();
      render(c, part);
      parent.appendChild(part);
    }
  }
}

let next = 0;
/** A document-unique id for aria-describedby / label wiring. */
export function uid(prefix: string): string {
  next += 1;
  return `${prefix}-${next}`;
}

/** Text for screen readers only (the visually-hidden class is defined in index.html and styles.css). */
export function srOnly(text: string): HTMLSpanElement {
  return h('span', { class: 'visually-hidden', text });
}

/** A screen's main heading: focusable by script so focus can move to it on screen change. */
export function heading(level: 1 | 2, text: string, id?: string): HTMLHeadingElement {
  return h(level === 1 ? 'h1' : 'h2', { tabindex: -1, 'data-screen-heading': true, id, text });
}

/** A button that sends something when pressed; `focus` is a stable key to restore focus by. */
export function button(label: string, onPress: () => void, attrs: Attrs = {}): HTMLButtonElement {
  return h('button', { type: 'button', onclick: () => onPress(), ...attrs }, label);
}
