// What the screens and the map draw: the machines' view model with the scenario's words in the
// player's language and, with the sensitivity setting on, gentler incident texts. It follows the
// language on its own: a change of language, or a scenario's text arriving for it, presents the
// latest view model again; and once the first real screen is up it loads every language's font
// (the language switch names each language in its own script).

import type { ViewModel } from '../machines/view-model';
import { language, onLanguageChange } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';
import { loadFont } from '../i18n/fonts';
import { loadLevelText, localizeLevel } from '../content/level-i18n';
import { sensitiveViewModel } from './sensitivity';
import { isSensitive } from './preferences';

/** Runs `f` once the screen just drawn has been painted. */
function afterPaint(f: () => void): void {
  if (typeof requestAnimationFrame !== 'function') setTimeout(f, 0);
  else requestAnimationFrame(() => setTimeout(f, 0));
}

/** A source of view models, as the controller is. */
export interface ViewModelSource {
  subscribe(fn: (vm: ViewModel) => void): () => void;
  getViewModel(): ViewModel;
}

/** The presented view models: subscribe to them as to the controller's. */
export interface Presenter {
  subscribe(fn: (vm: ViewModel) => void): () => void;
  /** Presents the source's current view model to every subscriber (e.g. after a setting changed). */
  again(): void;
}

/** Presents one raw view model in the current language and sensitivity. */
export function present(raw: ViewModel): ViewModel {
  const lang = language();
  const localized = raw.level ? { ...raw, level: localizeLevel(raw.level, lang) } : raw;
  return sensitiveViewModel(localized, isSensitive());
}

/** Follows `source`, presenting each view model, and again on a change of language. */
export function createPresenter(source: ViewModelSource): Presenter {
  const listeners = new Set<(vm: ViewModel) => void>();
  let last: ViewModel | null = null;
  let fontsAsked = false;
  const emit = (raw: ViewModel) => {
    last = raw;
    const lang = language();
    // The level's words in this language: the first time, load them and present again.
    if (raw.level && lang !== 'en' && localizeLevel(raw.level, lang) === raw.level) {
      void loadLevelText(raw.level.id, lang).then((ok) => { if (ok && last === raw) emit(raw); });
    }
    const vm = present(raw);
    for (const fn of listeners) fn(vm);
    if (!fontsAsked && vm.screen !== 'boot') {
      fontsAsked = true;
      afterPaint(() => { for (const l of LANGUAGES) void loadFont(l.code); });
    }
  };
  source.subscribe(emit);
  onLanguageChange(() => { if (last) emit(last); });
  return {
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    again: () => emit(source.getViewModel()),
  };
}
