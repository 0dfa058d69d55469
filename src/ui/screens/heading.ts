// A screen's main heading, in a file of its own so the menu and the briefing (in the first
// download) need not import the round screens' frame (play.ts), which loads after the menu.

import { html, nothing, type TemplateResult } from 'lit-html';

/** A screen's main heading: focusable by script so focus can move to it on screen change. */
export function screenHeading(text: string, id?: string): TemplateResult {
  return html`<h1 tabindex="-1" data-screen-heading id=${id ?? nothing}>${text}</h1>`;
}
