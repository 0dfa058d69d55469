// One table of a class session: its own copy of the scenario, advanced only through the sim's own
// rules. Every entry the rules accept is appended to the table's log; refused ones are not, so
// the seed and the log always replay to the state the table holds.

import type { Difficulty, Level } from '../sim/level';
import type { GameState, StepResult } from '../sim/state';
import { createGame } from '../sim/game';
import { stepEntry, type TableEntry } from '../sim/inject';

/** A table's game and log. */
export class ClassTable {
  /** The entries the rules accepted, in order. */
  readonly entries: TableEntry[] = [];
  /** The table's game now. */
  state: GameState;

  /** A table at the start of the scenario, then `entries` replayed onto it (a resumed session). */
  constructor(
    readonly level: Level, readonly id: string, readonly name: string,
    readonly seed: number, readonly difficulty: Difficulty, entries: readonly TableEntry[] = [],
  ) {
    this.state = createGame(level, { seed, difficulty });
    for (const e of entries) this.apply(e);
  }

  /** Applies one entry through the sim; the state and log change only when the rules accept it. */
  apply(entry: TableEntry): StepResult {
    const r = stepEntry(this.level, this.state, entry);
    if (r.ok) {
      this.state = r.state;
      this.entries.push(entry);
    }
    return r;
  }

  /** The last mediator decision or inject, if any. */
  last(): TableEntry | null {
    return this.entries.at(-1) ?? null;
  }
}
