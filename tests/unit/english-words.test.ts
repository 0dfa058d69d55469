// The English words are split between the first download (i18n.ts), the play screens' chunk
// (play-words.ts) and the class pages (class-words.ts). A word left out of all three would show as
// its raw key; a word the menu needs but left to a later chunk would show as a key on the menu.
import { describe, expect, it, vi } from 'vitest';
import en from '../../src/i18n/locales/en/index';

/** Every leaf key of a resource tree, dotted, plural forms kept (`common.rounds_one`). */
function leaves(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('English words across the chunks', () => {
  it('with the play screens and the class pages loaded, every English word is there', async () => {
    // The unit setup has loaded play-words.ts and class-words.ts (tests/helpers/play-words.ts).
    const { hasKey } = await import('../../src/i18n/i18n');
    const missing = leaves(en).filter((k) => !hasKey(k));
    expect(missing).toEqual([]);
  });

  it('the first download alone holds the words of the menu, the settings, the briefing and the app', async () => {
    vi.resetModules();
    const { hasKey } = await import('../../src/i18n/i18n');
    const first = ['menu', 'app', 'grade.offer', 'seat.menu', 'sim.crisis', 'classroom.options', 'classroom.projector', 'classroom.hotseat', 'classroom.map', 'common.lever', 'common.meter'];
    const keys = leaves(en).filter((k) => first.some((p) => k.startsWith(`${p}.`)));
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => !hasKey(k))).toEqual([]);
    // and not those of the play screens, the sim's reasons or the class pages.
    for (const k of ['play', 'debrief', 'class', 'sim.refuse', 'common.explain', 'classroom.vote']) {
      expect(leaves(en).filter((x) => x.startsWith(`${k}.`)).some((x) => hasKey(x)), k).toBe(false);
    }
  });
});
