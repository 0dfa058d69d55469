// Projector view for a whole class: large text, and a class vote on the envoy's next move on the
// acting screen. Turned on by `?projector=1` in the address (a facilitator's bookmark) or by the
// menu's toggle; it marks <html class="projector"> so the stylesheet can enlarge everything.

let on = typeof location !== 'undefined' && /^(1|true|yes|on)$/i.test(new URLSearchParams(location.search).get('projector') ?? '');

function apply(): void {
  if (typeof document !== 'undefined') document.documentElement.classList.toggle('projector', on);
}
apply();

/** Whether the projector view is on. */
export function projectorOn(): boolean {
  return on;
}

/** Turns the projector view on or off for this page. */
export function setProjector(value: boolean): void {
  on = value;
  apply();
}
