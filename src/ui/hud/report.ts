// The round report's parts: incidents with their toll and place, the ceasefire's move, and every
// meter change with direction, size and cause. Shared by the world screen and the live region.

import type { Level } from '../../sim/level';
import type { IncidentEvent, RoundReport } from '../../sim/state';
import { h, srOnly } from '../dom';
import { ceasefireWords, changeSize, changeTone, count, describeChange, direction, meterLabel, meterValue } from '../format';

/** One incident in words: its text, then deaths, displaced, place and whether it broke a ceasefire. */
export function incidentWords(level: Level, i: IncidentEvent): string {
  const site = i.site ? level.sites.find((s) => s.id === i.site)?.name : undefined;
  const toll = [
    i.deaths > 0 && `${count(i.deaths)} killed`,
    i.displaced > 0 && `${count(i.displaced)} displaced`,
    site && `near ${site}`,
    i.violation && 'a ceasefire violation',
  ].filter(Boolean);
  return toll.length ? `${i.text} (${toll.join('; ')})` : i.text;
}

/** The ceasefire's move in words. */
export function ceasefireMove(r: RoundReport): string {
  const { from, to } = r.ceasefire;
  return from === to ? `Ceasefire: unchanged (${ceasefireWords(to).toLowerCase()}).`
    : `Ceasefire: ${ceasefireWords(from).toLowerCase()} → ${ceasefireWords(to).toLowerCase()}.${r.ceasefire.cause ? ` ${r.ceasefire.cause}` : ''}`;
}

/** Lines for the live region: incidents, the ceasefire, then each change. */
export function reportLines(level: Level, r: RoundReport): string[] {
  const incidents = r.incidents.length === 0 ? ['No incidents.'] : r.incidents.map((i) => incidentWords(level, i));
  return [...incidents, ceasefireMove(r), ...r.changes.map((c) => describeChange(c, level))];
}

/** The report as sections: incidents, ceasefire, and the list of changes with their causes. */
export function renderReport(level: Level, r: RoundReport): HTMLElement[] {
  const incidents = h('section', { class: 'incidents', 'aria-labelledby': 'incidents-title' },
    h('h2', { id: 'incidents-title', text: 'Incidents' }),
    r.incidents.length === 0
      ? h('p', { text: 'No incidents this round.' })
      : h('ul', {}, ...r.incidents.map((i) => h('li', { class: `incident kind-${i.kind}${i.violation ? ' violation' : ''}`, text: incidentWords(level, i) }))));
  const ceasefire = h('p', { class: `ceasefire-move cf-${r.ceasefire.to}`, text: ceasefireMove(r) });
  const items = r.changes.map((c) => {
    const d = c.to - c.from;
    const dir = direction(d);
    return h('li', { class: `change-item ${dir.word} ${changeTone(c.meter, d)}` },
      h('span', { class: 'change-meter', text: meterLabel(c.meter, level) }), ' ',
      h('span', { class: 'change-size' },
        h('span', { 'aria-hidden': 'true', text: `${dir.arrow} ` }), srOnly(`${dir.word} `), changeSize(c.meter, d)), ' ',
      h('span', { class: 'change-range', text: `(${meterValue(c.meter, c.from, level)} → ${meterValue(c.meter, c.to, level)})` }),
      h('span', { class: 'change-cause', text: c.cause }));
  });
  const changes = h('section', { class: 'changes', 'aria-labelledby': 'changes-title' },
    h('h2', { id: 'changes-title', text: 'What changed, and why' }),
    items.length === 0 ? h('p', { text: 'Nothing moved.' }) : h('ul', { class: 'change-list' }, ...items));
  return [incidents, ceasefire, changes];
}
