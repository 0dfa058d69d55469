// What the sim tells the player, as a key into the interface text plus its arguments, never as
// English prose: the UI words each message in the player's language, and a saved game reads the
// same in Thai as in English.

/**
 * A message for the player. `key` names an entry of the interface text (`sim.…`); `args` fill its
 * placeholders. By convention the UI resolves `side` to the side's name, `capital` to its capital,
 * `lever` to the lever's label, `issues` (comma-separated ids) to issue labels, `round` to the
 * scenario's "day 3" or "week 3", and any arg ending in `Pct` (a 0..1 share) to a percentage.
 */
export interface Msg {
  key: string;
  args?: Readonly<Record<string, string | number>>;
}

/** Builds a message. */
export function msg(key: string, args?: Record<string, string | number>): Msg {
  return args ? { key, args } : { key };
}
