// Phaser texts kept across the map's rebuilds. The map's column switches between two widths as the
// screens change, so each rebuild finds the texts of the last layout but one ready, instead of
// measuring and painting every name again. Texts are keyed by everything that shapes them.

import type * as Phaser from 'phaser';

type Text = Phaser.GameObjects.Text;

/** A cache of texts by key, with layouts counted as generations. */
export class TextCache {
  private texts = new Map<string, { text: Text; used: number }>();
  private generation = 0;

  /**
   * Starts a new layout: hides every kept text (each reappears when asked for again). With
   * `newWords` (the language or the level changed), nothing kept can serve again, so all go.
   */
  begin(newWords: boolean): void {
    if (newWords) this.forget(() => true);
    this.generation += 1;
    for (const { text } of this.texts.values()) text.setVisible(false).setActive(false);
  }

  /**
   * The text under `key` kept from an earlier layout (shown again), else `make()`'s, kept from now
   * on. The same key twice in one layout: the second copy is handed to `once` to live only as long
   * as the layout.
   */
  get(key: string, make: () => Text, once: (t: Text) => void): Text {
    const kept = this.texts.get(key);
    if (kept && kept.used !== this.generation) {
      kept.used = this.generation;
      return kept.text.setVisible(true).setActive(true);
    }
    const text = make();
    if (kept) once(text);
    else this.texts.set(key, { text, used: this.generation });
    return text;
  }

  /** Ends a layout: texts neither this layout nor the one before used are not coming back soon. */
  end(): void {
    this.forget((used) => used < this.generation - 1);
  }

  private forget(unwanted: (used: number) => boolean): void {
    for (const [key, kept] of this.texts) {
      if (!unwanted(kept.used)) continue;
      kept.text.destroy();
      this.texts.delete(key);
    }
  }
}
